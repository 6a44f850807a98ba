import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
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
import { orgIdColumn, orgMember } from "./org-tables.js";
import { revisionColumns } from "./revision-columns.js";

export const project = pgTable(
  "project",
  {
    orgId: orgIdColumn(),
    id: uuid("id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    status: text("status").notNull(),
    archived: boolean("archived").notNull().default(false),
    methodology: text("methodology").notNull(),
    managerId: text("manager_id"),
    sponsorId: text("sponsor_id"),
    plannedStart: date("planned_start", { mode: "string" }),
    plannedFinish: date("planned_finish", { mode: "string" }),
    budgetMinor: bigint("budget_minor", { mode: "number" }),
    budgetCurrency: text("budget_currency"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    ...revisionColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("project_key_idx").on(t.orgId, t.key),
    // Keyset pagination walks these in order; `id` breaks ties so every page boundary is exact.
    index("project_name_idx").on(t.orgId, t.name, t.id),
    index("project_created_idx").on(t.orgId, t.createdAt, t.id),
    index("project_updated_idx").on(t.orgId, t.updatedAt, t.id),
    foreignKey({
      name: "project_manager_fk",
      columns: [t.orgId, t.managerId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }),
    foreignKey({
      name: "project_sponsor_fk",
      columns: [t.orgId, t.sponsorId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }),
    check(
      "project_status_check",
      sql`${t.status} in ('proposed','active','on_hold','completed','cancelled')`,
    ),
    check(
      "project_methodology_check",
      sql`${t.methodology} in ('waterfall','agile','hybrid','prince2')`,
    ),
    check(
      "project_budget_check",
      sql`(${t.budgetMinor} is null) = (${t.budgetCurrency} is null) and (${t.budgetMinor} is null or ${t.budgetMinor} >= 0)`,
    ),
    check(
      "project_dates_check",
      sql`${t.plannedStart} is null or ${t.plannedFinish} is null or ${t.plannedFinish} >= ${t.plannedStart}`,
    ),
  ],
);

export const projectMember = pgTable(
  "project_member",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    userId: text("user_id").notNull(),
    role: text("role").notNull(),
    version: integer("version").notNull().default(1),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.userId] }),
    foreignKey({
      name: "project_member_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "project_member_member_fk",
      columns: [t.orgId, t.userId],
      foreignColumns: [orgMember.orgId, orgMember.userId],
    }).onDelete("cascade"),
    // With the project last, a lookup of one membership is exact through this index too: with
    // stale statistics the planner took it for the project list's "my role" subquery and then
    // filtered every membership of the viewer for each row of the page.
    index("project_member_user_idx").on(t.orgId, t.userId, t.projectId),
    check("project_member_role_check", sql`${t.role} in ('manager','member','viewer')`),
  ],
);
