import pg from "pg";
import type { StatementRunner } from "./statements.js";

/**
 * A node-postgres pool as both stores use it. Our named statements look rows up by keys
 * (organisation, token hash, cursor), so one plan serves every value; left to choose,
 * PostgreSQL kept planning the project list afresh on each execution, which tripled its CPU
 * time per list. The first query of each new connection (queued before any other) tells it to
 * plan each statement once.
 */
export function createPool(config: pg.PoolConfig, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle client that loses its connection emits here; without a listener it would crash us.
  pool.on("error", onError);
  pool.on("connect", (client) => {
    client.query("set plan_cache_mode = force_generic_plan").catch(onError);
  });
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
