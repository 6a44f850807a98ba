import { sql } from "drizzle-orm";
import type { Store } from "./store.js";

const FIRST_RUN_MS = 10_000;
const EVERY_MS = 15 * 60_000;

/**
 * PGlite runs PostgreSQL without its autovacuum worker, so table statistics are never gathered
 * and dead rows never reclaimed unless someone asks. This asks: ANALYZE soon after start, then
 * VACUUM ANALYZE every quarter hour. Each run holds the single connection for a moment (tens
 * of milliseconds on a small store, about a second at tens of thousands of rows).
 */
export function maintainEmbeddedStore(store: Store, onError: (error: unknown) => void): () => void {
  if (store.kind !== "pglite") return () => {};
  const run = (statement: "analyze" | "vacuum analyze") => () => {
    store.db.execute(sql.raw(statement)).catch(onError);
  };
  const first = setTimeout(run("analyze"), FIRST_RUN_MS);
  const every = setInterval(run("vacuum analyze"), EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
