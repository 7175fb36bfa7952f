"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useRef } from "react";

/** What the browser knows of the session: null signed out, undefined not known yet. */
export type SessionInfo = { user?: { name?: string | null; role?: string } } | null;

const sessionKey = ["session"] as const;

/** Dispatched on `window` when the account changed without a navigation (an account type switch). */
export const SESSION_CHANGED_EVENT = "ladder:session-changed";
// True when the request that rendered the page carried no session cookie: the visitor is
// signed out for sure, so the header shows "Sign in" from the first paint (no layout shift)
// and nothing asks the server for per-user state it would refuse with a 401.
const SignedOutHint = createContext(false);

/** Provided by the root layout, from whether the request had a session cookie. */
export function SessionHint({ signedOut, children }: { signedOut: boolean; children: React.ReactNode }) {
  return <SignedOutHint.Provider value={signedOut}>{children}</SignedOutHint.Provider>;
}

async function fetchSession({ signal }: { signal: AbortSignal }): Promise<SessionInfo> {
  const r = await fetch("/api/auth/session", { signal, cache: "no-store" });
  if (!r.ok) return null;
  const s = (await r.json()) as SessionInfo;
  return s && s.user ? s : null;
}

/** The current session, read once per navigation and shared by every component (one request). */
export function useSession(): SessionInfo | undefined {
  const signedOut = useContext(SignedOutHint);
  return useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    initialData: signedOut ? null : undefined,
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
  const signedOut = useContext(SignedOutHint);
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: sessionKey });
    window.addEventListener(SESSION_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(SESSION_CHANGED_EVENT, refresh);
  }, [client]);
  const first = useRef(true);
  useEffect(() => {
    // The first page of a visit without a session cookie is known to be signed out; every
    // later navigation (sign-in and sign-up end with one) asks again.
    const skip = first.current && signedOut;
    first.current = false;
    if (!skip) void client.invalidateQueries({ queryKey: sessionKey });
  }, [pathname, client, signedOut]);
}
