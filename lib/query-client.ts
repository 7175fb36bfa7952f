import { QueryClient } from "@tanstack/react-query";

/**
 * A React Query client: results stay fresh for a minute, so back/forward and repeated filters
 * answer from cache.
 *
 * `gcTime` is left to the library on purpose: 5 minutes in the browser, and on the server
 * Infinity, which schedules no timer (the whole client is garbage once its request ends).
 * Setting it here (it was 5 minutes everywhere) gave every query of every server render of
 * `/jobs` a 5-minute `setTimeout`; each timer kept its query (the search page and facets)
 * and, through the request's AsyncLocalStorage context captured by the timer, the whole
 * request (its ServerResponse, the React render) alive for 5 minutes. Under load the
 * server's memory grew for those 5 minutes (issue 19: 1.59x in 60 s of `npm run test:load`,
 * 816 such timers holding 354 finished responses in a heap snapshot).
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, refetchOnWindowFocus: false } },
  });
}

let browserClient: QueryClient | undefined;

/** One client per browser tab; on the server, a new one for each call (each request). */
export function getBrowserQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
