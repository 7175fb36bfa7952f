/* `tsx --import ./scripts/server-only-hook.mjs`: lets a script load modules marked
   `server-only` (query modules) without the react-server condition, which would also
   switch react-dom/server off (mail rendering needs it). Next and vitest do the same. */
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
  import.meta.url,
);
