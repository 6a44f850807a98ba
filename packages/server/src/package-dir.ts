import { createRequire } from "node:module";
import { dirname } from "node:path";

/**
 * The server package's folder (`drizzle/`, `.store-template/`, and `../web/dist` beside it),
 * found by the package's name rather than by this file's place: the same answer from `src/`,
 * `dist/` and the bundle `npm run build` writes into packages/cli/dist/bundle.
 */
export const SERVER_PACKAGE_DIR = dirname(
  createRequire(import.meta.url).resolve("@orrery/server/package.json"),
);
