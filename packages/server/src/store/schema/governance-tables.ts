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
import { orgIdColumn } from "./org-tables.js";
import { project } from "./project-tables.js";

// Governance: lifecycle templates (versioned), each project's lifecycle on one version, and the
// reviews of its gates. A template version's content is one JSON document: it is read and
// written whole, never queried inside, and immutable once published.

export const lifecycleTemplate = pgTable(
  "lifecycle_template",
  {
    orgId: orgIdColumn(),
    id: uuid("id").notNull(),
    /** The shipped template this row seeds (`waterfall`…); null for the PMO's own. */
    builtInKey: text("built_in_key"),
    copiedFrom: uuid("copied_from"),
    /** The latest published version's number (the ETag). */
    version: integer("version").notNull().default(1),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // Seeding is idempotent: each organisation holds each built-in template once.
    uniqueIndex("lifecycle_template_built_in_idx").on(t.orgId, t.builtInKey),
    index("lifecycle_template_name_idx").on(t.orgId, t.name, t.id),
  ],
);

export const lifecycleTemplateVersion = pgTable(
  "lifecycle_template_version",
  {
    orgId: uuid("org_id").notNull(),
    templateId: uuid("template_id").notNull(),
    version: integer("version").notNull(),
    content: jsonb("content").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.templateId, t.version] }),
    foreignKey({
      name: "lifecycle_template_version_template_fk",
      columns: [t.orgId, t.templateId],
      foreignColumns: [lifecycleTemplate.orgId, lifecycleTemplate.id],
    }).onDelete("cascade"),
  ],
);

/** A project's way through the phases of one template version (core's `Lifecycle`). */
export const projectLifecycle = pgTable(
  "project_lifecycle",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    templateId: uuid("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    /** 0-based index of the current phase. */
    phase: integer("phase").notNull().default(0),
    gate: text("gate").notNull().default("open"),
    status: text("status").notNull().default("running"),
    /** How each passed gate was decided, one per phase left behind. */
    passed: jsonb("passed").notNull().default(sql`'[]'::jsonb`),
    /** What the project ticked on its gates' checklists: `{ phase, kind, label, done, reference }`. */
    checklist: jsonb("checklist").notNull().default(sql`'[]'::jsonb`),
    /** The planned date of each gate, by phase (null where none is planned). */
    gateDates: jsonb("gate_dates").notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull().default(1),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId] }),
    foreignKey({
      name: "project_lifecycle_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "project_lifecycle_version_fk",
      columns: [t.orgId, t.templateId, t.templateVersion],
      foreignColumns: [
        lifecycleTemplateVersion.orgId,
        lifecycleTemplateVersion.templateId,
        lifecycleTemplateVersion.version,
      ],
    }),
    check(
      "project_lifecycle_gate_check",
      sql`${t.gate} in ('open','requested','approved','approved_with_conditions','rejected','recycled')`,
    ),
    check("project_lifecycle_status_check", sql`${t.status} in ('running','stopped','closed')`),
  ],
);

/** A request to review one gate of a project, and its decision once made. */
export const gateReview = pgTable(
  "gate_review",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    /** 0-based index of the phase the gate closes. */
    phase: integer("phase").notNull(),
    templateVersion: integer("template_version").notNull(),
    gateName: text("gate_name").notNull(),
    /** `requested` until decided, then the decision. */
    state: text("state").notNull().default("requested"),
    note: text("note").notNull().default(""),
    /** When the project manager needs the decision by. */
    dueDate: date("due_date", { mode: "string" }),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    requestedBy: text("requested_by").references(() => user.id, { onDelete: "set null" }),
    comments: text("comments").notNull().default(""),
    /** The RAID actions that track an approval's conditions. */
    conditionItemIds: uuid("condition_item_ids").array().notNull().default(sql`'{}'::uuid[]`),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "gate_review_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    index("gate_review_project_idx").on(t.orgId, t.projectId, t.requestedAt, t.id),
    // The gate calendar reads the reviews awaiting a decision.
    index("gate_review_pending_idx")
      .on(t.orgId, t.dueDate, t.id)
      .where(sql`${t.state} = 'requested'`),
    // At most one review of a project awaits its decision at any time.
    uniqueIndex("gate_review_one_pending_idx")
      .on(t.orgId, t.projectId)
      .where(sql`${t.state} = 'requested'`),
    check(
      "gate_review_state_check",
      sql`${t.state} in ('requested','approved','approved_with_conditions','rejected','recycled')`,
    ),
  ],
);
