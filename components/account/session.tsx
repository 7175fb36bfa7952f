"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** What the browser knows of the session: null signed out, undefined not known yet. */
export type SessionInfo = { user?: { name?: string | null; role?: string } } | null;

const sessionKey = ["session"] as const;

/** Dispatched on `window` when the account changed without a navigation (an account type switch). */
export const SESSION_CHANGED_EVENT = "ladder:session-changed";
async function fetchSession({ signal }: { signal: AbortSignal }): Promise<SessionInfo> {
  const r = await fetch("/api/auth/session", { signal, cache: "no-store" });
  if (!r.ok) return null;
  const s = (await r.json()) as SessionInfo;
  return s && s.user ? s : null;
}

/** The current session, read once per navigation and shared by every component (one request). */
export function useSession(): SessionInfo | undefined {
  return useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  }).data;
}

/**
 * Re-reads the session after each navigation (sign-in and sign-out end with one) and on
 * SESSION_CHANGED_EVENT. Called once, by the header.
 */
export function useSessionRefresh(): void {
  const pathname = usePathname();
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: sessionKey });
    window.addEventListener(SESSION_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(SESSION_CHANGED_EVENT, refresh);
  }, [client]);
  const first = useRef(true);
  useEffect(() => {
    // The first page reads the session as its query mounts; every later navigation (sign-in
    // and sign-up end with one) asks again. A hint from the request's cookie (no read on a
    // signed-out first page) was tried and lost the session after sign-up's soft navigation.
    if (first.current) first.current = false;
    else void client.invalidateQueries({ queryKey: sessionKey });
  }, [pathname, client]);
}
