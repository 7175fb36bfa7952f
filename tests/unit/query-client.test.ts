import { environmentManager } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";

/*
 * Issue 19: a server render of /jobs puts its first page into a fresh query client
 * (app/jobs/page.tsx). A timer scheduled then keeps the query, and through the request's
 * async context the whole request, alive until it fires: with a 5-minute gcTime, the server
 * held every /jobs render of the last 5 minutes (memory 1.59x in 60 s of the load test).
 */

const page = { jobs: [], total: 0, nextCursor: null };

afterEach(() => {
  vi.useRealTimers();
  environmentManager.setIsServer(() => typeof window === "undefined");
});

describe("React Query client", () => {
  it("on the server, leaves no timer behind after a render fills it", () => {
    vi.useFakeTimers();
    const client = makeQueryClient();
    // What app/jobs/page.tsx does on every request.
    client.setQueryData(["jobs", "q=rust", null, true], page);
    client.setQueryData(["jobs", "q=rust", null], { pages: [page], pageParams: [null] });
    expect(client.getQueryData(["jobs", "q=rust", null, true])).toEqual(page);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("in the browser, keeps unused results 5 minutes for back/forward, then frees them", () => {
    environmentManager.setIsServer(() => false);
    vi.useFakeTimers();
    const client = makeQueryClient();
    client.setQueryData(["jobs", "q=rust", null, true], page);
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(client.getQueryData(["jobs", "q=rust", null, true])).toEqual(page);
    vi.advanceTimersByTime(1);
    expect(client.getQueryData(["jobs", "q=rust", null, true])).toBeUndefined();
  });
});
