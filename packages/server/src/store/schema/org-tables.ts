import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { revisionColumns } from "./revision-columns.js";

/** The tenant. Every business table below carries its id first in every key. */
export const org = pgTable("org", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  ...revisionColumns(),
});

/**
 * The tenant key of a table whose rows belong to the organisation directly: they go when the
 * organisation goes. Tables whose rows hang off another tenant row (a project, a member) keep a
 * plain `org_id` and reach the organisation through their composite key to that row instead.
 */
export function orgIdColumn() {
  return uuid("org_id")
    .notNull()
    .references(() => org.id, { onDelete: "cascade" });
}

const ORG_ROLES_SQL = sql.raw(
  "('admin','pmo_manager','pmo_analyst','portfolio_manager','project_manager','resource_manager','team_member','executive')",
);

export const orgMember = pgTable(
  "org_member",
  {
    orgId: orgIdColumn(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    version: integer("version").notNull().default(1),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    index("org_member_user_idx").on(t.userId),
    check("org_member_role_check", sql`${t.role} in ${ORG_ROLES_SQL}`),
  ],
);

/**
 * A pending invitation of a member who had no password yet. Only the SHA-256 of the link's
 * secret is kept, so a database dump cannot be used to take over the invited account.
 */
export const invitation = pgTable(
  "invitation",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: text("user_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "invitation_member_fk",
      columns: [t.orgId, t.userId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }).onDelete("cascade"),
    index("invitation_user_idx").on(t.userId),
  ],
);
