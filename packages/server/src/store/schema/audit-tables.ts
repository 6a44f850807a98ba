import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { orgIdColumn } from "./org-tables.js";

/** What every audit row records besides whose log it is in. */
function auditColumns() {
  return {
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  };
}

/**
 * One row per mutation in an organisation, written in the mutation's own transaction. The actor
 * is kept as a plain id (no foreign key) so history survives the person's account.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    orgId: orgIdColumn(),
    ...auditColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("audit_entity_idx").on(t.orgId, t.entityType, t.entityId, t.id),
  ],
);

/** Changes to a person's own account (API tokens, accepted invitations), outside any org. */
export const accountAuditLog = pgTable(
  "account_audit_log",
  {
    userId: text("user_id").notNull(),
    ...auditColumns(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);
