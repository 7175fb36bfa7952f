"use client";

import { useEffect } from "react";

/**
 * Tells the server once per browser tab and listing that the listing was viewed
 * (POST /api/jobs/<slug>/view), after the page has shown. The page's HTML is the same for
 * every visitor, so it can be served from cached data; the count happens here instead.
 * Crawlers that run no script are not counted, which the dashboard's figure wants anyway.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const key = `ladder.viewed.${slug}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, "1");
    } catch {
      // Storage off (private modes): the server's own dedupe still holds.
    }
    void fetch(`/api/jobs/${encodeURIComponent(slug)}/view`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      keepalive: true,
    }).catch(() => undefined);
  }, [slug]);
  return null;
}
