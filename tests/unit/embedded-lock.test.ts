import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SERVER_PID_FILE, claimEmbeddedFolder, embeddedFolderHolder } from "@/db/embedded-lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ladder-lock-"));
const pidFile = path.join(dir, SERVER_PID_FILE);
// A real other process standing in for `npm run dev`.
const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });

afterAll(() => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database folder's holder", () => {
  it("is recorded by the opening process and removed when it lets go", () => {
    const claim = claimEmbeddedFolder(dir);
    expect(fs.readFileSync(pidFile, "utf8").trim()).toBe(String(process.pid));
    // A process never refuses itself.
    expect(embeddedFolderHolder(dir)).toBeNull();
    claim.release();
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  it("is another live process's pid; a dead process's record is ignored", () => {
    fs.writeFileSync(pidFile, `${server.pid}\n`);
    expect(embeddedFolderHolder(dir)).toBe(server.pid);
    const gone = spawnSync(process.execPath, ["-e", "0"]);
    fs.writeFileSync(pidFile, `${gone.pid}\n`);
    expect(embeddedFolderHolder(dir)).toBeNull();
    fs.writeFileSync(pidFile, "not a pid\n");
    expect(embeddedFolderHolder(dir)).toBeNull();
  });

  it("makes a script refuse the folder with a sentence saying what to do", () => {
    fs.writeFileSync(pidFile, `${server.pid}\n`);
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
    delete env.DATABASE_URL;
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/migrate.ts"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `The embedded database in ${dir} is in use by process ${server.pid} (npm run dev or npm start?): stop it, or set PGLITE_DIR to another folder, or use DATABASE_URL`,
    );
    // Nothing was opened: the folder holds only the record.
    expect(fs.readdirSync(dir)).toEqual([SERVER_PID_FILE]);
  }, 60_000);
});
