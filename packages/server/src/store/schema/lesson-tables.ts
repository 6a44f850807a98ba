import { sql } from "drizzle-orm";
import {
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { lifecycleTemplateVersion } from "./governance-tables.js";
import { project } from "./project-tables.js";
import { revisionColumns } from "./revision-columns.js";

/** PostgreSQL's full-text document type; read only by the search, never selected whole. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// Lessons learned. Links to RAID risks and plan tasks are lists of ids checked by the service
// when written, not foreign keys: deleting a risk or a task must not fail on, or silently
// delete, the lesson that mentions it (a deleted one simply drops out when shown).
//
// Tags are jsonb rather than text[] because the search document must be an immutable
// expression of the row: `to_tsvector(regconfig, jsonb)` is, anything turning an array into
// text is only stable, and a generated column refuses it.

export const lesson = pgTable(
  "lesson",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    projectId: uuid("project_id").notNull(),
    title: text("title").notNull(),
    whatHappened: text("what_happened").notNull(),
    effect: text("effect").notNull().default(""),
    recommendation: text("recommendation").notNull(),
    category: text("category").notNull(),
    tags: jsonb("tags").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    phase: text("phase").notNull().default(""),
    origin: text("origin").notNull(),
    riskIds: uuid("risk_ids").array().notNull().default(sql`'{}'::uuid[]`),
    taskUids: integer("task_uids").array().notNull().default(sql`'{}'::integer[]`),
    // Weighted as the knowledge base ranks: a word in the title counts most, then the
    // recommendation, then the story, then the tags (ts_rank_cd's A > B > C > D).
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "recommendation"), 'B') || setweight(to_tsvector('english'::regconfig, "what_happened" || ' ' || "effect"), 'C') || setweight(to_tsvector('english'::regconfig, "tags"), 'D')`,
      ),
    ...revisionColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "lesson_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    // Newest first, in a project and across the organisation.
    index("lesson_project_created_idx").on(t.orgId, t.projectId, t.createdAt, t.id),
    index("lesson_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("lesson_search_idx").using("gin", t.search),
    index("lesson_tags_idx").using("gin", t.tags.op("jsonb_path_ops")),
    check(
      "lesson_category_check",
      sql`${t.category} in ('planning','scope','schedule','cost','quality','resources','stakeholders','communication','risk','procurement','technical','governance','other')`,
    ),
    check("lesson_origin_check", sql`${t.origin} in ('during_project','at_close')`),
  ],
);

/** The post-project review: one per project, its observations kept as lists of text. */
export const projectReview = pgTable(
  "project_review",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    objectives: text("objectives"),
    objectivesNotes: text("objectives_notes").notNull().default(""),
    schedule: text("schedule"),
    scheduleNotes: text("schedule_notes").notNull().default(""),
    cost: text("cost"),
    costNotes: text("cost_notes").notNull().default(""),
    scope: text("scope"),
    scopeNotes: text("scope_notes").notNull().default(""),
    wentWell: jsonb("went_well").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    toImprove: jsonb("to_improve").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    status: text("status").notNull(),
    lessonsFrom: jsonb("lessons_from").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId] }),
    foreignKey({
      name: "project_review_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    check("project_review_status_check", sql`${t.status} in ('draft','completed')`),
    check(
      "project_review_outcomes_check",
      sql`coalesce(${t.objectives} in ('met','partly_met','not_met'), true) and coalesce(${t.schedule} in ('early','on_time','late'), true) and coalesce(${t.cost} in ('under_budget','on_budget','over_budget'), true) and coalesce(${t.scope} in ('as_planned','reduced','expanded'), true)`,
    ),
  ],
);

/**
 * A lesson promoted into a lifecycle template: the version the promotion published, and what it
 * added there (a gate criterion or a default risk). Deleting the lesson or the template deletes
 * the record with it.
 */
export const lessonPromotion = pgTable(
  "lesson_promotion",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull(),
    lessonId: uuid("lesson_id").notNull(),
    templateId: uuid("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    target: text("target").notNull(),
    /** The gate's name as the version has it; null for a default risk. */
    gateName: text("gate_name"),
    text: text("text").notNull(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }).notNull().defaultNow(),
    promotedBy: text("promoted_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "lesson_promotion_lesson_fk",
      columns: [t.orgId, t.lessonId],
      foreignColumns: [lesson.orgId, lesson.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "lesson_promotion_template_version_fk",
      columns: [t.orgId, t.templateId, t.templateVersion],
      foreignColumns: [
        lifecycleTemplateVersion.orgId,
        lifecycleTemplateVersion.templateId,
        lifecycleTemplateVersion.version,
      ],
    }).onDelete("cascade"),
    index("lesson_promotion_lesson_idx").on(t.orgId, t.lessonId, t.promotedAt),
    check("lesson_promotion_target_check", sql`${t.target} in ('gate_criterion','default_risk')`),
  ],
);
