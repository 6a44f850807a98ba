/**
 * A hand-written SQL statement of a hot path, with a name unique in the server. On PostgreSQL
 * a named statement is parsed and planned once per connection and then only executed.
 */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Runs named statements outside any transaction and answers each row as the array of its
 * column values, in select order. The hot paths read through this rather than Drizzle: mapping
 * rows to objects column by column was most of the time Drizzle spent on a project list.
 * Statements should return only text, integer, boolean and text[] columns, or such values in a
 * `json_build_array`, which both drivers decode the same way (format dates and timestamps in
 * SQL).
 */
export interface StatementRunner {
  rows(statement: NamedStatement, params: readonly unknown[]): Promise<unknown[][]>;
}

/** Column readers for statement rows: they narrow `unknown` and fail loudly on a surprise. */
export function textAt(row: readonly unknown[], index: number): string {
  const value = row[index];
  if (typeof value !== "string") throw unexpected(index, "text", value);
  return value;
}

export function nullableTextAt(row: readonly unknown[], index: number): string | null {
  const value = row[index];
  if (value === null) return null;
  if (typeof value !== "string") throw unexpected(index, "text or null", value);
  return value;
}

export function integerAt(row: readonly unknown[], index: number): number {
  const value = row[index];
  if (typeof value !== "number" || !Number.isInteger(value))
    throw unexpected(index, "integer", value);
  return value;
}

export function booleanAt(row: readonly unknown[], index: number): boolean {
  const value = row[index];
  if (typeof value !== "boolean") throw unexpected(index, "boolean", value);
  return value;
}

export function textArrayAt(row: readonly unknown[], index: number): string[] {
  const value = row[index];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw unexpected(index, "text[]", value);
  return value;
}

/**
 * A `json_build_array(…)` column: a wide row in one cell, which the driver decodes with one
 * `JSON.parse` instead of one text conversion per column. Read its items with the readers above.
 */
export function jsonArrayAt(row: readonly unknown[], index: number): unknown[] {
  const value = row[index];
  if (!Array.isArray(value)) throw unexpected(index, "json array", value);
  return value;
}

function unexpected(index: number, wanted: string, value: unknown): Error {
  return new Error(`column ${index} of a statement row is ${typeof value}, expected ${wanted}`);
}

/** `to_char` pattern of an instant as JavaScript's `toISOString` writes it (milliseconds, Z). */
export const ISO_INSTANT_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
/** The same to the microsecond, for keyset cursors that must name a row's exact instant. */
export const ISO_INSTANT_US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
