import { QueryClient } from "@tanstack/react-query";

/** Results stay fresh for a minute: back/forward and repeated filters answer from cache. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, gcTime: 5 * 60_000, refetchOnWindowFocus: false } },
  });
}

let browserClient: QueryClient | undefined;

/** One client per browser tab; on the server, a new one for each call (each request). */
export function getBrowserQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
