import pg from "pg";
import type { StatementRunner } from "./statements.js";

/** A node-postgres pool as both stores use it. */
export function createPool(config: pg.PoolConfig, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle client that loses its connection emits here; without a listener it would crash us.
  pool.on("error", onError);
  return pool;
}

/** Named statements on the pool: each connection prepares a statement the first time it runs it. */
export function poolStatements(pool: pg.Pool): StatementRunner {
  return {
    async rows(statement, params) {
      const result = await pool.query<unknown[]>({
        name: statement.name,
        text: statement.text,
        values: [...params],
        rowMode: "array",
      });
      return result.rows;
    },
  };
}
