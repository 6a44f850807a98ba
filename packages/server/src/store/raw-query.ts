import type { SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "./database.js";

const Result = z.object({ rows: z.array(z.unknown()) });

/**
 * Runs hand-written SQL and parses its rows. Both drivers answer `{ rows }`, but the shared
 * Drizzle type cannot know it, so the shape is checked rather than assumed.
 */
export async function queryRows<T extends z.ZodType>(
  db: Db,
  query: SQL,
  row: T,
): Promise<z.output<T>[]> {
  const result = Result.parse(await db.execute(query));
  return result.rows.map((r) => row.parse(r));
}
