import { openDatabase, type DatabaseHandle } from "../db/client";
import { embeddedFolderHolder, embeddedInUseMessage } from "../db/embedded-lock";
import { env } from "../env";

/**
 * The database a script works on: DATABASE_URL if set, else the embedded PGlite folder. Exits
 * the process (code 1, with a sentence saying what to do) when a running server holds that
 * folder: PGlite has no lock between processes, and the server would never see the writes.
 */
export function openScriptDatabase(): DatabaseHandle {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return openDatabase({ url: DATABASE_URL });
  const holder = embeddedFolderHolder(PGLITE_DIR);
  if (holder !== null) {
    console.error(embeddedInUseMessage(PGLITE_DIR, holder));
    process.exit(1);
  }
  return openDatabase({ dataDir: PGLITE_DIR });
}

export const isEmbedded = () => !env().DATABASE_URL;

export { describeDatabaseTarget as describeTarget } from "../db/index";

/** A one-line progress bar on a terminal; silent when output is piped. */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  let last = -1;
  return (done: number, total: number) => {
    if (!tty) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${pct}% ${done}/${total}`);
    if (done >= total) process.stderr.write("\n");
  };
}
