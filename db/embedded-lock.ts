import fs from "node:fs";
import path from "node:path";

/*
 * PGlite has no lock between processes: a script writing the embedded database's folder
 * while the server has it open loses its writes (or corrupts the folder). So the server
 * process records its pid in the folder when it opens the database, and scripts refuse to
 * open a folder whose recorded process is alive and not themselves. A file left by a process
 * that died (kill -9) names a dead pid and is ignored.
 */

/** The file, inside the PGlite folder, that names the server process holding it. */
export const SERVER_PID_FILE = "ladder-server.pid";

const fileIn = (dir: string) => path.join(path.resolve(dir), SERVER_PID_FILE);

/** Whether a process with this pid runs (one of another user's counts: signal 0 answers EPERM). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Records this process as the one holding the embedded database in `dir` (creating the
 * folder if needed), and removes the record when the process exits (or on `release()`),
 * unless another process has written its own since.
 */
export function claimEmbeddedFolder(dir: string): { release: () => void } {
  const file = fileIn(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`);
  const release = () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.once("exit", release);
  return { release };
}

/**
 * The pid of another live process holding the embedded database in `dir` (see
 * claimEmbeddedFolder), else null: no record, a record of this process, or of one that died.
 */
export function embeddedFolderHolder(dir: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(fileIn(dir), "utf8");
  } catch {
    return null;
  }
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  return isAlive(pid) ? pid : null;
}

/** The sentence a script prints when it refuses a folder in use by process `pid`. */
export function embeddedInUseMessage(dir: string, pid: number): string {
  return (
    `The embedded database in ${dir} is in use by process ${pid} (npm run dev or npm start?): stop it, ` +
    `or set PGLITE_DIR to another folder, or use DATABASE_URL. (If no such server runs, delete ${fileIn(dir)}.)`
  );
}
