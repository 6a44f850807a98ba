import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Settings of this installation shared by every app node (e.g. the generated auth secret). */
export const instanceSetting = pgTable("instance_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One-time setup links printed on the console while no account exists. Each app node prints its
 * own; any of them completes the setup once, and completing it deletes them all.
 */
export const setupToken = pgTable("setup_token", {
  tokenHash: text("token_hash").primaryKey(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
