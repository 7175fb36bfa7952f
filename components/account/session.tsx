"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";

/** What the browser knows of the session: null signed out, undefined not known yet. */
export type SessionInfo = { user?: { name?: string | null; role?: string } } | null;

/** Dispatched on `window` when the account changed without a navigation (an account type switch). */
export const SESSION_CHANGED_EVENT = "ladder:session-changed";

/*
 * One store per browser tab, without React Query: the header reads the session on every
 * page, and React Query (about 11 kB gzipped) is then loaded only by the pages that use it.
 * `current` stays what was last read while a re-read is in flight (no flash to "unknown").
 */
let current: SessionInfo | undefined;
let loaded = false;
let inflight: AbortController | null = null;
const listeners = new Set<() => void>();

async function read(): Promise<void> {
  inflight?.abort(); // only the newest read may answer
  const controller = new AbortController();
  inflight = controller;
  let next: SessionInfo;
  try {
    const r = await fetch("/api/auth/session", { signal: controller.signal, cache: "no-store" });
    const s = r.ok ? ((await r.json()) as SessionInfo) : null;
    next = s && s.user ? s : null;
  } catch {
    if (controller.signal.aborted) return;
    next = null;
  }
  if (inflight !== controller) return;
  inflight = null;
  current = next;
  listeners.forEach((l) => l());
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  if (!loaded) {
    loaded = true;
    void read();
  }
  return () => listeners.delete(onChange);
}

/** The current session, read once per navigation and shared by every component (one request). */
export function useSession(): SessionInfo | undefined {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
}

/**
 * Re-reads the session after each navigation (sign-in and sign-out end with one) and on
 * SESSION_CHANGED_EVENT. Called once, by the header.
 */
export function useSessionRefresh(): void {
  const pathname = usePathname();
  useEffect(() => {
    const refresh = () => void read();
    window.addEventListener(SESSION_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(SESSION_CHANGED_EVENT, refresh);
  }, []);
  const first = useRef(true);
  useEffect(() => {
    // The first page reads the session as its first reader subscribes; every later navigation
    // (sign-in and sign-up end with one) asks again. A hint from the request's cookie (no read
    // on a signed-out first page) was tried and lost the session after sign-up's soft navigation.
    if (first.current) first.current = false;
    else void read();
  }, [pathname]);
}
