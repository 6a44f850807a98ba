import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle } from "drizzle-orm/pglite";
import { z } from "zod";
import { MIGRATIONS_DIR, migrate } from "./migrator.js";

/**
 * A new, fully migrated PGlite cluster, kept as a folder to copy. Running initdb takes PGlite
 * several seconds and migrating a fresh cluster one or two more; copying this folder takes a
 * fraction of a second, so every new store (first start, tests, benches) starts from a copy.
 * It is a cache: made on first use (or ahead by `npm run prepare-store -w @orrery/server`),
 * named by the PGlite version and the migrations it contains, so neither an upgrade of PGlite
 * nor a new migration ever reuses a stale one.
 */
export const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../.store-template");

export function templatePath(dir: string = TEMPLATE_DIR): string {
  return join(dir, `pglite-${pgliteVersion()}-${migrationsHash()}`);
}

/**
 * The template's folder, made now if missing. Parallel callers each build their own draft and
 * the first rename wins; the others find it in place.
 */
export async function ensureStoreTemplate(dir: string = TEMPLATE_DIR): Promise<string> {
  const path = templatePath(dir);
  if (existsSync(join(path, "PG_VERSION"))) return path;
  mkdirSync(dir, { recursive: true });
  const draft = `${path}.${randomUUID()}.building`;
  try {
    await buildMigratedCluster(draft);
    try {
      renameSync(draft, path);
    } catch (error) {
      if (!existsSync(join(path, "PG_VERSION"))) throw error;
    }
    removeOtherTemplates(dir, path);
    return path;
  } finally {
    rmSync(draft, { recursive: true, force: true });
  }
}

/** initdb and every migration, in `path` (which must not exist yet). */
export async function buildMigratedCluster(path: string): Promise<void> {
  const client = await PGlite.create(path);
  try {
    await migrate(drizzle({ client }));
  } finally {
    await client.close();
  }
}

function removeOtherTemplates(dir: string, keep: string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (path !== keep && entry.startsWith("pglite-") && !entry.endsWith(".building")) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

let hash: string | undefined;
function migrationsHash(): string {
  hash ??= createHash("sha256")
    .update(
      readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR })
        .map((m) => m.hash)
        .join(","),
    )
    .digest("hex")
    .slice(0, 12);
  return hash;
}

let version: string | undefined;
function pgliteVersion(): string {
  if (version === undefined) {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    // entry is <package>/dist/index.cjs; the version is in the package's own package.json.
    const manifest: unknown = JSON.parse(
      readFileSync(join(dirname(entry), "../package.json"), "utf8"),
    );
    version = z.object({ version: z.string() }).parse(manifest).version;
  }
  return version;
}
