/**
 * Only same-site paths: an absolute ?callbackUrl= (the proxy sends one) keeps just its
 * path, so it can never redirect to another site.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    } catch {
      return fallback;
    }
  }
  // "//host" and "/\\host" would leave the site.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}
