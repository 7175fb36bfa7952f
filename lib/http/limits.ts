/* Request size limits, imported by next.config.ts too (so: no imports here). */

/** Largest request body any route or server action reads (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * How much of a body Next buffers for the proxy (next.config.ts `proxyClientMaxBodySize`):
 * more than the cap by more than one socket chunk (64 KiB), so a chunked body over the cap
 * is seen to be over it; Next drains what lies beyond, never holding it in memory.
 */
export const PROXY_BODY_BUFFER_BYTES = 2 * MAX_BODY_BYTES;
