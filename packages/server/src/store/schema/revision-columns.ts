import { integer, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";

/**
 * The last columns of a record people edit: the version optimistic concurrency compares (a
 * stale write is refused, never applied over a newer one), and who made it and last changed it,
 * when. The people are kept as nullable links so a record outlives the account that touched it.
 * A new set of builders each call: drizzle binds a column builder to the one table it is in.
 */
export function revisionColumns() {
  return {
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  };
}
