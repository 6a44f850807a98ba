import { drizzle } from "drizzle-orm/node-postgres";
import type { Db } from "./database.js";
import { createPool, poolStatements } from "./pg-pool.js";
import type { PgliteThread } from "./pglite-thread.js";
import { PgliteWire } from "./pglite-wire.js";
import type { Store } from "./store.js";

/**
 * The store over PGlite's thread, through node-postgres like PostgreSQL: one connection, as
 * PGlite has one session, kept open for good.
 */
export function pgliteStore(
  thread: PgliteThread,
  description: string,
  onError: (error: Error) => void,
  afterClose: () => void,
): Store {
  const pool = createPool(
    { max: 1, idleTimeoutMillis: 0, stream: () => new PgliteWire(thread) },
    onError,
  );
  const db: Db = drizzle({ client: pool });
  return {
    kind: "pglite",
    db,
    statements: poolStatements(pool),
    description,
    notifications: null,
    async close() {
      try {
        await pool.end();
        await thread.close();
      } finally {
        afterClose();
      }
    },
  };
}
