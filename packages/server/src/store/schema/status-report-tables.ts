import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { project } from "./project-tables.js";

// Status reports. The colours the data gave (with their reasons and the measured signals) are
// stored as one JSON value: they are written whole when a report is saved or submitted and read
// whole, never queried inside. The reported overall colour has its own column because the
// portfolio page lists it for every project.

export const statusReport = pgTable(
  "status_report",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    number: integer("number").notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    state: text("state").notNull(),
    /** The computed findings and signals: `{ overall, schedule, cost, scope, risk, signals }`. */
    computed: jsonb("computed").notNull(),
    /** The manager's overrides by colour: `{ schedule: { rag, justification } }`. */
    overrides: jsonb("overrides").notNull().default({}),
    overallRag: text("overall_rag").notNull(),
    summary: text("summary").notNull().default(""),
    achievements: text("achievements").notNull().default(""),
    nextSteps: text("next_steps").notNull().default(""),
    decisionsNeeded: text("decisions_needed").notNull().default(""),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewerId: text("reviewer_id").references(() => user.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewComment: text("review_comment"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "status_report_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    uniqueIndex("status_report_number_idx").on(t.orgId, t.projectId, t.number),
    // The portfolio page: each project's submitted reports, latest period first.
    index("status_report_submitted_idx")
      .on(t.orgId, t.projectId, t.periodEnd, t.number)
      .where(sql`${t.state} in ('submitted','accepted')`),
    check(
      "status_report_state_check",
      sql`${t.state} in ('draft','submitted','accepted','returned')`,
    ),
    check("status_report_rag_check", sql`${t.overallRag} in ('green','amber','red')`),
  ],
);
