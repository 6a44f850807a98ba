import { Invalid } from "@orrery/core/errors/domain-error";
import type { z } from "zod";

/**
 * Lists page by keyset, never by OFFSET: the cursor carries the sort values of the last row
 * sent, and the next page starts after them. It is opaque to clients (base64url JSON) and
 * checked on the way back in, so a tampered cursor is a 422, not a database error.
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Invalid([{ path: "cursor", message: "is not a cursor this list handed out" }]);
  }
  return parsed.data;
}

/** Fetch one row more than asked: if it comes back, there is a next page. */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => unknown,
): { items: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}

/**
 * Where a sorted list resumes: the position a cursor carries, checked to belong to the same sort
 * order (a cursor of another order would skip or repeat rows). Null on the first page.
 */
export function positionAfter<T extends z.ZodType<{ sort: string }>>(
  schema: T,
  cursor: string | undefined,
  sort: string,
): z.output<T> | null {
  if (!cursor) return null;
  const position = decodeCursor(schema, cursor);
  if (position.sort !== sort) {
    throw new Invalid([{ path: "cursor", message: "belongs to another sort order" }]);
  }
  return position;
}
