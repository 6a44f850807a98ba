import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * The Drizzle database every store function takes: the same query builder over PGlite and
 * node-postgres. A transaction is also a `Db`, so store functions run inside or outside one.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Keys of the advisory locks app nodes take on one database (first int: Orrery's namespace). */
export const ADVISORY_LOCK = {
  namespace: 4280,
  migrations: 1,
  bootstrap: 2,
} as const;
