import { vi } from "vitest";

/**
 * Captures what the server's logger (lib/log/logger.ts) writes to stdout from now on, as
 * parsed JSON lines (tests run with NODE_ENV=test: JSON, not the development format), and
 * the raw text. Restored by `vi.restoreAllMocks()`.
 */
export function captureLogs() {
  const raw: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    raw.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  return {
    text: () => raw.join(""),
    lines: () =>
      raw
        .join("")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
