import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
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

// Change requests: the change log of a project. The proposed plan operations, the schedule
// impact last computed and the decisions are JSON values written and read whole (parsed with the
// contracts' schemas on the way out), never queried inside.

export const changeRequest = pgTable(
  "change_request",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    /** Per project: `CR-3` is the request numbered 3. */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    reason: text("reason").notNull().default(""),
    status: text("status").notNull(),
    scopeImpact: text("scope_impact").notNull().default(""),
    costDeltaMinor: bigint("cost_delta_minor", { mode: "number" }),
    costCurrency: text("cost_currency"),
    riskImpact: text("risk_impact").notNull().default(""),
    riskIds: uuid("risk_ids").array().notNull().default(sql`'{}'::uuid[]`),
    operations: jsonb("operations").notNull().default(sql`'[]'::jsonb`),
    /** The impact as last computed, against the plan version inside it; null with no operations. */
    impact: jsonb("impact"),
    decisions: jsonb("decisions").notNull().default(sql`'[]'::jsonb`),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    appliedBy: text("applied_by").references(() => user.id, { onDelete: "set null" }),
    baselineNumber: smallint("baseline_number"),
    ...revisionColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "change_request_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    uniqueIndex("change_request_number_idx").on(t.orgId, t.projectId, t.number),
    // The change log newest first, filtered by status.
    index("change_request_project_status_idx").on(t.orgId, t.projectId, t.status, t.number),
    check(
      "change_request_status_check",
      sql`${t.status} in ('draft','submitted','approved','rejected','deferred','applied','withdrawn')`,
    ),
    check(
      "change_request_cost_check",
      sql`(${t.costDeltaMinor} is null) = (${t.costCurrency} is null)`,
    ),
    check(
      "change_request_baseline_check",
      sql`${t.baselineNumber} is null or ${t.baselineNumber} between 0 and 10`,
    ),
  ],
);
