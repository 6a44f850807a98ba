import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { orgIdColumn } from "./org-tables.js";

// Certifications and training of the organisation's people. A person's records go with their
// account (cascade); the organisation's with the organisation.

export const certification = pgTable(
  "certification",
  {
    orgId: orgIdColumn(),
    id: uuid("id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    issuer: text("issuer").notNull().default(""),
    credentialId: text("credential_id").notNull().default(""),
    obtainedOn: date("obtained_on", { mode: "string" }),
    expiresOn: date("expires_on", { mode: "string" }),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // The list runs soonest expiry first (never-expiring last), and per person.
    index("certification_expiry_idx").on(t.orgId, t.expiresOn, t.id),
    index("certification_user_idx").on(t.orgId, t.userId),
    check("certification_kind_check", sql`${t.kind} in ('certification','training')`),
    check(
      "certification_dates_check",
      sql`${t.expiresOn} is null or ${t.obtainedOn} is null or ${t.expiresOn} >= ${t.obtainedOn}`,
    ),
  ],
);
