import { openDatabase, type DatabaseHandle } from "../db/client";
import { env } from "../env";

/** The database a script works on: DATABASE_URL if set, else the embedded PGlite folder. */
export function openScriptDatabase(): DatabaseHandle {
  const { DATABASE_URL, PGLITE_DIR } = env();
  return DATABASE_URL ? openDatabase({ url: DATABASE_URL }) : openDatabase({ dataDir: PGLITE_DIR });
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
