import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { orgMember } from "./org-tables.js";

// Notifications of people in an organisation, their choice of channels, and the e-mail still to
// send. All three belong to a membership: a person removed from the organisation takes theirs.
// `dedupe_key` makes a notification made by a periodic sweep (an overdue report) idempotent
// across sweeps and nodes: the second insert of the same key is skipped by the unique index.

const KINDS_SQL = sql.raw(
  "('gate_review_requested','gate_decided','status_report_overdue','raid_action_assigned')",
);

export const notification = pgTable(
  "notification",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** Path in the web app below `/orgs/{slug}`. */
    link: text("link").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    projectId: uuid("project_id"),
    dedupeKey: text("dedupe_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "notification_member_fk",
      columns: [t.orgId, t.userId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }).onDelete("cascade"),
    // One's notification centre, newest first (keyset on created_at, id).
    index("notification_user_created_idx").on(t.orgId, t.userId, t.createdAt, t.id),
    // The bell's unread count.
    index("notification_unread_idx").on(t.orgId, t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex("notification_dedupe_idx").on(t.orgId, t.userId, t.dedupeKey),
    check("notification_kind_check", sql`${t.kind} in ${KINDS_SQL}`),
  ],
);

export const notificationPreference = pgTable(
  "notification_preference",
  {
    orgId: uuid("org_id").notNull(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    inApp: boolean("in_app").notNull(),
    email: boolean("email").notNull(),
    /** Changes to this kind; the preferences' version is the sum over kinds. */
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.kind] }),
    foreignKey({
      name: "notification_preference_member_fk",
      columns: [t.orgId, t.userId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }).onDelete("cascade"),
    check("notification_preference_kind_check", sql`${t.kind} in ${KINDS_SQL}`),
  ],
);

/**
 * E-mail written in the transaction of the change it reports and sent after commit. A sender
 * claims a row by pushing `next_attempt_at` past a lease, so a node that dies mid-send leaves it
 * to be retried, and two nodes never claim it at once.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    dedupeKey: text("dedupe_key"),
    state: text("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "email_outbox_member_fk",
      columns: [t.orgId, t.userId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }).onDelete("cascade"),
    // The sender's queue across organisations: what is due, oldest first.
    index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
    uniqueIndex("email_outbox_dedupe_idx").on(t.orgId, t.userId, t.dedupeKey),
    check("email_outbox_state_check", sql`${t.state} in ('pending','sent','failed')`),
    check("email_outbox_kind_check", sql`${t.kind} in ${KINDS_SQL}`),
  ],
);
