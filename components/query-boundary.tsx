"use client";

import { QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { useContext } from "react";
import { getBrowserQueryClient } from "@/lib/query-client";

/**
 * React Query for the client components inside it: the search page's results and the roadmap
 * board. Not in the root layout, so the pages without them (guides, listings, companies, most
 * of the site) never load React Query. Every boundary in a tab hands out the same client (one
 * cache for the tab); nested in another, it adds nothing.
 */
export function QueryBoundary({ children }: { children: React.ReactNode }) {
  const outer = useContext(QueryClientContext);
  if (outer) return children;
  return <QueryClientProvider client={getBrowserQueryClient()}>{children}</QueryClientProvider>;
}
