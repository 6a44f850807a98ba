import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { project } from "./project-tables.js";
import { revisionColumns } from "./revision-columns.js";

// One table for the whole RAID log: the six types share most of what a PMO filters and sorts on
// (status, owner, due date, score), and the PMO view reads them all at once. The columns a type
// does not use stay null. The owner and the project depended on are checked by the service
// rather than by foreign keys, so removing a member or deleting a project never fails on them.

export const raidItem = pgTable(
  "raid_item",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    type: text("type").notNull(),
    /** Per project and type: `R-12` is the risk numbered 12. */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: text("status").notNull(),
    ownerId: text("owner_id"),
    dueDate: date("due_date", { mode: "string" }),
    riskKind: text("risk_kind"),
    probability: smallint("probability"),
    impact: smallint("impact"),
    proximity: date("proximity", { mode: "string" }),
    response: text("response"),
    responsePlan: text("response_plan"),
    trigger: text("trigger"),
    residualProbability: smallint("residual_probability"),
    residualImpact: smallint("residual_impact"),
    priority: text("priority"),
    escalated: boolean("escalated"),
    dependsOnProjectId: uuid("depends_on_project_id"),
    decidedOn: date("decided_on", { mode: "string" }),
    decidedBy: text("decided_by"),
    optionsConsidered: text("options_considered"),
    rationale: text("rationale"),
    /** One of the project's template `raidCategories`, or free text when it has none. */
    category: text("category"),
    lastReviewedAt: timestamp("last_reviewed_at", { withTimezone: true }),
    lastReviewedBy: text("last_reviewed_by").references(() => user.id, { onDelete: "set null" }),
    ...revisionColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "raid_item_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    uniqueIndex("raid_item_ref_idx").on(t.orgId, t.projectId, t.type, t.number),
    // A project's log newest first, and the PMO's view across projects.
    index("raid_item_project_created_idx").on(t.orgId, t.projectId, t.createdAt, t.id),
    index("raid_item_org_created_idx").on(t.orgId, t.createdAt, t.id),
    // Worst first across the portfolio: the same expression the list sorts by (nulls as 0).
    index("raid_item_score_idx").on(
      t.orgId,
      sql`coalesce(${t.probability} * ${t.impact}, 0)`,
      t.id,
    ),
    // The heat maps count open threats by cell.
    index("raid_item_threat_idx")
      .on(t.orgId, t.projectId, t.probability, t.impact)
      .where(sql`${t.type} = 'risk' and ${t.riskKind} = 'threat' and ${t.status} <> 'closed'`),
    // Stale entries (not reviewed for N days) across the portfolio, for the compliance view.
    index("raid_item_review_idx").on(t.orgId, t.lastReviewedAt).where(sql`${t.status} <> 'closed'`),
    check(
      "raid_item_type_check",
      sql`${t.type} in ('risk','issue','assumption','dependency','decision','action')`,
    ),
    check("raid_item_status_check", sql`${t.status} in ('open','in_progress','closed')`),
    check(
      "raid_item_risk_check",
      sql`(${t.type} = 'risk') = (${t.probability} is not null and ${t.impact} is not null and ${t.riskKind} is not null)`,
    ),
    check(
      "raid_item_ratings_check",
      sql`${t.probability} between 1 and 5 and ${t.impact} between 1 and 5 and ${t.residualProbability} between 1 and 5 and ${t.residualImpact} between 1 and 5`,
    ),
  ],
);

// The tasks of the project's plan a RAID item bears on (a risk to a task, an action for it). The
// task is checked by the service when linked, not by a foreign key: a plan re-imported with the
// same task UIDs keeps its links, and a link to a task since removed shows as such.
export const raidTaskLink = pgTable(
  "raid_task_link",
  {
    orgId: uuid("org_id").notNull(),
    raidItemId: uuid("raid_item_id").notNull(),
    projectId: uuid("project_id").notNull(),
    taskUid: integer("task_uid").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.raidItemId, t.taskUid] }),
    foreignKey({
      name: "raid_task_link_item_fk",
      columns: [t.orgId, t.raidItemId],
      foreignColumns: [raidItem.orgId, raidItem.id],
    }).onDelete("cascade"),
    // A plan counts the RAID items linked to each of its tasks.
    index("raid_task_link_task_idx").on(t.orgId, t.projectId, t.taskUid),
  ],
);
