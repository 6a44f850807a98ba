import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";

/**
 * API tokens belong to a person, not an organisation: the token acts with its owner's roles in
 * every organisation. The secret itself is never stored, only its SHA-256.
 */
export const apiToken = pgTable(
  "api_token",
  {
    id: uuid("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    scope: text("scope").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("api_token_user_idx").on(t.userId, t.createdAt),
    check("api_token_scope_check", sql`${t.scope} in ('read','write')`),
  ],
);
