import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** PGlite's `dist` folder, where its WebAssembly module lies. */
function pgliteDistDir(): string {
  // The CommonJS entry is <package>/dist/index.cjs.
  return dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
}

let version: string | undefined;
/** The installed PGlite's version, from its package.json. */
export function pgliteVersion(): string {
  if (version === undefined) {
    const manifest: unknown = JSON.parse(
      readFileSync(join(pgliteDistDir(), "../package.json"), "utf8"),
    );
    const found: unknown = Reflect.get(Object(manifest), "version");
    if (typeof found !== "string") throw new Error("PGlite's package.json names no version");
    version = found;
  }
  return version;
}
