import { type Column, type SQL, sql } from "drizzle-orm";

/**
 * A `timestamp without time zone` as the API writes it (`2027-03-01T08:00:00`), whatever the
 * driver would make of it; null stays null.
 */
export function wallClockText(column: SQL | Column): SQL<string> {
  return sql<string>`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS')`;
}
