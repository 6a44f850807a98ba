import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "./migrator.js";
import { builtTemplate, TEMPLATE_DIR, templatePath } from "./pglite-template-path.js";

/**
 * A new, fully migrated PGlite cluster, kept as a folder to copy. Running initdb takes PGlite
 * several seconds and migrating a fresh cluster one or two more; copying this folder takes a
 * fraction of a second, so every new store (first start, tests, benches) starts from a copy.
 * It is a cache: made on first use, or ahead by `npm run prepare-store -w @orrery/server`
 * (which `npm install` runs through the root build), under the name `templatePath` gives it.
 */
export async function ensureStoreTemplate(dir: string = TEMPLATE_DIR): Promise<string> {
  const built = builtTemplate(dir);
  if (built) return built;
  const path = templatePath(dir);
  mkdirSync(dir, { recursive: true });
  // Parallel callers each build their own draft and the first rename wins; the others find it.
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

/** initdb and every migration, in `path` (which must not exist yet), made small to copy. */
export async function buildMigratedCluster(path: string): Promise<void> {
  // Without recycling, a checkpoint deletes a finished WAL segment instead of keeping it, old
  // records and all, under a future segment's name.
  const client = await PGlite.create(path, {
    startParams: [...PGlite.defaultStartParams, "-c", "wal_recycle=off"],
  });
  try {
    await migrate(drizzle({ client }));
    await leaveOnlyWhatStoresUse(client);
  } finally {
    await client.close();
  }
}

/**
 * Every new store is a copy of this cluster, and creating files is most of that copy's cost
 * (about half a millisecond each on a small machine). So the cluster keeps only what a store
 * uses: the template databases go (600 of its 1,100 files; nothing ever creates a database in
 * an embedded store, and `postgres` is the one PGlite opens), and the WAL moves on to a fresh
 * segment, whose 16 MiB are zeros past its first pages, which the copy leaves as a hole.
 */
async function leaveOnlyWhatStoresUse(client: PGlite): Promise<void> {
  for (const database of ["template0", "template1"]) {
    await client.exec(`alter database ${database} is_template false`);
    await client.exec(`drop database ${database}`);
  }
  await client.query("select pg_switch_wal()");
  await client.exec("checkpoint");
}

function removeOtherTemplates(dir: string, keep: string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (path !== keep && entry.startsWith("pglite-") && !entry.endsWith(".building")) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}
