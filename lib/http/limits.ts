/* Request size limits, imported by next.config.ts too (so: no imports here). */

/** Largest request body any route or server action reads (1 MiB), but for uploads below. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Largest body of the one form that uploads a file: an application with a CV of up to 5 MB
 * (lib/files/store.ts refuses a larger CV with a field error) plus its fields: 6 MiB.
 */
export const UPLOAD_BODY_BYTES = 6 * 1024 * 1024;

/** The body cap of a path: UPLOAD_BODY_BYTES for an application form (/jobs/<slug>/application), else MAX_BODY_BYTES. */
export function bodyLimitFor(pathname: string): number {
  return /^\/jobs\/[^/]+\/application$/.test(pathname) ? UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * How much of a body Next buffers for the proxy (next.config.ts `proxyClientMaxBodySize`):
 * more than the largest cap by more than one socket chunk (64 KiB), so a chunked body over
 * its cap is seen to be over it; Next drains what lies beyond, never holding it in memory.
 */
export const PROXY_BODY_BUFFER_BYTES = UPLOAD_BODY_BYTES + MAX_BODY_BYTES;
