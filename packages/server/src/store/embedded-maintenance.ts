import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows } from "./raw-query.js";
import type { Store } from "./store.js";

/** How often the embedded store looks for tables that need statistics or a vacuum. */
export const MAINTENANCE_EVERY_MS = 10_000;

/**
 * PostgreSQL's own autovacuum rule with its default settings: analyze a table once more than
 * 50 rows plus 10% of it changed since its last ANALYZE; vacuum it once more than 50 rows plus
 * 20% of it are dead. The names come back quoted (`%I`), ready to put in a statement.
 */
const TABLES_DUE = sql`
  select format('%I.%I', schemaname, relname) as "table",
         n_dead_tup > 50 + 0.2 * n_live_tup as "vacuum"
  from pg_stat_user_tables
  where n_mod_since_analyze > 50 + 0.1 * n_live_tup or n_dead_tup > 50 + 0.2 * n_live_tup`;

const TableDue = z.object({ table: z.string(), vacuum: z.boolean() });

/**
 * Runs one round of maintenance: ANALYZE (or VACUUM ANALYZE) every table that is due, and
 * answers the tables it treated.
 */
export async function maintainTablesDue(store: Store): Promise<string[]> {
  const due = await queryRows(store.db, TABLES_DUE, TableDue);
  for (const { table, vacuum } of due) {
    await store.db.execute(sql.raw(`${vacuum ? "vacuum analyze" : "analyze"} ${table}`));
  }
  return due.map((d) => d.table);
}

/**
 * PGlite runs PostgreSQL without its autovacuum worker, so table statistics are never gathered
 * and dead rows never reclaimed unless someone asks. Without statistics the planner guesses,
 * and a guess that picks the wrong index made a project list twenty times slower once one
 * person was a member of thousands of projects. This asks, by autovacuum's own rule, every few
 * seconds; a round holds the single connection for a moment (a look at the statistics view,
 * and tens of milliseconds per table it analyzes).
 */
export function maintainEmbeddedStore(store: Store, onError: (error: unknown) => void): () => void {
  if (store.kind !== "pglite") return () => {};
  let running = false;
  const every = setInterval(() => {
    if (running) return;
    running = true;
    maintainTablesDue(store)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, MAINTENANCE_EVERY_MS);
  every.unref();
  return () => clearInterval(every);
}
