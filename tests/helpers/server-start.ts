/* Runs what `next start` runs before it serves: instrumentation.ts's register() on the Node
   runtime (request hook, configuration check, migration; WORKER_IN_APP=0 keeps the worker
   out), then closes the database and exits 0. tests/integration/production-start.test.ts
   starts it in a process of its own, with the environment a server would have. */
import { getDatabaseHandle } from "@/db";
import { register } from "../../instrumentation";

process.env.NEXT_RUNTIME = "nodejs";
await register();
await getDatabaseHandle().close();
process.exit(0);
