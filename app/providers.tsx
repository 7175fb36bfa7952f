"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { SessionHint } from "@/components/account/session";
import { getBrowserQueryClient } from "@/lib/query-client";

/** `signedOut`: the request carried no session cookie (components/account/session.tsx). */
export function Providers({ children, signedOut }: { children: React.ReactNode; signedOut: boolean }) {
  return (
    <QueryClientProvider client={getBrowserQueryClient()}>
      <SessionHint signedOut={signedOut}>{children}</SessionHint>
    </QueryClientProvider>
  );
}
