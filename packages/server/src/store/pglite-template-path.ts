import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { SERVER_PACKAGE_DIR } from "../package-dir.js";
import { MIGRATIONS_DIR } from "./migrations-dir.js";
import { pgliteVersion } from "./pglite-package.js";

/**
 * Where the migrated PGlite cluster that new stores copy is kept (see `pglite-template.ts`,
 * which builds it). Only names and paths here: a start that finds the template in place loads
 * neither PGlite nor Drizzle's drivers on the server's thread.
 */
export const TEMPLATE_DIR = join(SERVER_PACKAGE_DIR, ".store-template");

/**
 * How `buildMigratedCluster` makes the template; a new value here names a new template, so one
 * made the old way is not reused.
 */
const TEMPLATE_RECIPE = "2: without template databases, on a fresh WAL segment";

/**
 * Named by the PGlite version and the migrations it contains (and the recipe), so none of them
 * reuses a stale one.
 */
export function templatePath(dir: string = TEMPLATE_DIR): string {
  return join(dir, `pglite-${pgliteVersion()}-${templateKey()}`);
}

/** The template's folder if it is built, else null. */
export function builtTemplate(dir: string = TEMPLATE_DIR): string | null {
  const path = templatePath(dir);
  return existsSync(join(path, "PG_VERSION")) ? path : null;
}

let hash: string | undefined;
function templateKey(): string {
  hash ??= createHash("sha256")
    .update(TEMPLATE_RECIPE)
    .update(
      readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR })
        .map((m) => m.hash)
        .join(","),
    )
    .digest("hex")
    .slice(0, 12);
  return hash;
}
