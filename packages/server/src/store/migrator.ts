import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { z } from "zod";
import { ADVISORY_LOCK, type Db } from "./database.js";
import { MIGRATIONS_DIR } from "./migrations-dir.js";

// Not in the schema files: drizzle-kit must not generate a migration for the migrations table.
const appliedMigration = pgTable("orrery_migration", {
  tag: text("tag").primaryKey(),
  hash: text("hash").notNull(),
  createdAtMillis: bigint("created_at_millis", { mode: "number" }).notNull(),
  appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
});

export interface MigrationReport {
  readonly applied: readonly string[];
  /** Migrations in the database this build does not know: a newer node migrated it. */
  readonly unknown: readonly string[];
}

export class MigrationMismatch extends Error {
  constructor(readonly tag: string) {
    super(
      `migration ${tag} was changed after it was applied to this database; ` +
        "restore the original file and add a new migration instead",
    );
    this.name = "MigrationMismatch";
  }
}

/**
 * Applies the pending migrations in one transaction under an advisory lock, so app nodes that
 * start together on an empty database migrate it exactly once; the others wait and find nothing
 * to do. Drizzle's own migrator takes no lock, hence this one over its journal.
 */
export async function migrate(db: Db, folder: string = MIGRATIONS_DIR): Promise<MigrationReport> {
  const files = readMigrationFiles({ migrationsFolder: folder });
  const tags = journalTags(folder, files.length);
  // Every start of a migrated store comes here: one read, no transaction or lock, when every
  // migration of this build is in place as it was written.
  const settled = await settledReport(db, files, tags);
  if (settled) return settled;
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.namespace}, ${ADVISORY_LOCK.migrations})`,
    );
    await tx.execute(sql`create table if not exists orrery_migration (
      tag text primary key,
      hash text not null,
      created_at_millis bigint not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Map(
      (await tx.select().from(appliedMigration)).map((row) => [row.tag, row.hash]),
    );
    const applied: string[] = [];
    for (const [index, file] of files.entries()) {
      const tag = tags[index] ?? String(index);
      const doneHash = done.get(tag);
      if (doneHash !== undefined) {
        if (doneHash !== file.hash) throw new MigrationMismatch(tag);
        continue;
      }
      for (const statement of file.sql) {
        if (statement.trim() !== "") await tx.execute(sql.raw(statement));
      }
      await tx
        .insert(appliedMigration)
        .values({ tag, hash: file.hash, createdAtMillis: file.folderMillis });
      applied.push(tag);
    }
    const known = new Set(tags);
    return { applied, unknown: [...done.keys()].filter((tag) => !known.has(tag)) };
  });
}

/**
 * The report of a store that needs nothing, read without a lock (applied migrations are never
 * removed, so nothing can undo what this sees); null when something is missing, changed or
 * unreadable, which the locked path then sorts out.
 */
async function settledReport(
  db: Db,
  files: readonly { readonly hash: string }[],
  tags: readonly string[],
): Promise<MigrationReport | null> {
  let done: Map<string, string>;
  try {
    done = new Map((await db.select().from(appliedMigration)).map((row) => [row.tag, row.hash]));
  } catch {
    // No migrations table yet: a new database.
    return null;
  }
  const inPlace = files.every(
    (file, index) => done.get(tags[index] ?? String(index)) === file.hash,
  );
  if (!inPlace) return null;
  const known = new Set(tags);
  return { applied: [], unknown: [...done.keys()].filter((tag) => !known.has(tag)) };
}

/** True when every migration of this build is applied (what `/readyz` waits for). */
export async function isMigrated(db: Db, folder: string = MIGRATIONS_DIR): Promise<boolean> {
  const files = readMigrationFiles({ migrationsFolder: folder });
  const tags = journalTags(folder, files.length);
  try {
    const rows = await db.select({ tag: appliedMigration.tag }).from(appliedMigration);
    const done = new Set(rows.map((r) => r.tag));
    return tags.every((tag) => done.has(tag));
  } catch {
    return false;
  }
}

function journalTags(folder: string, count: number): string[] {
  const journal = readJournal(folder);
  if (journal.length !== count)
    throw new Error(`the migration journal in ${folder} is inconsistent`);
  return journal;
}

const Journal = z.object({ entries: z.array(z.object({ tag: z.string() })) });

function readJournal(folder: string): string[] {
  const raw: unknown = JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8"));
  return Journal.parse(raw).entries.map((e) => e.tag);
}
