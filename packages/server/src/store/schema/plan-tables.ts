import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
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
import { project } from "./project-tables.js";

// A project's plan: its schedule settings, tasks, links, calendars and baselines. Dates are
// wall-clock times without a zone (`timestamp without time zone`), as MS Project stores them;
// durations, lags and floats are minutes (working minutes, or wall-clock when elapsed). The
// computed columns hold the engine's last result, so lists and reports read them without
// rescheduling.

/** One row per project that has a plan: settings the engine needs, and the plan's version. */
export const plan = pgTable(
  "plan",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    start: timestamp("start", { mode: "string" }).notNull(),
    /** Computed: the latest finish of the schedule. */
    finish: timestamp("finish", { mode: "string" }),
    statusDate: timestamp("status_date", { mode: "string" }),
    scheduleFrom: text("schedule_from").notNull().default("start"),
    calendarUid: integer("calendar_uid"),
    minutesPerDay: integer("minutes_per_day").notNull().default(480),
    minutesPerWeek: integer("minutes_per_week").notNull().default(2400),
    daysPerMonth: integer("days_per_month").notNull().default(20),
    honorConstraints: boolean("honor_constraints").notNull().default(true),
    criticalSlackLimitDays: integer("critical_slack_limit_days").notNull().default(0),
    weekStartDay: smallint("week_start_day").notNull().default(0),
    /** Settings the engine ignores but a file round-trip keeps (title, currency, source…). */
    fileSettings: jsonb("file_settings").notNull().default(sql`'{}'::jsonb`),
    /** Bumped by every change to the plan; an engine cache keyed by it is never stale. */
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId] }),
    foreignKey({
      name: "plan_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    check("plan_schedule_from_check", sql`${t.scheduleFrom} in ('start','finish')`),
  ],
);

export const planCalendar = pgTable(
  "plan_calendar",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    uid: integer("uid").notNull(),
    name: text("name").notNull(),
    isBase: boolean("is_base").notNull().default(true),
    baseUid: integer("base_uid"),
    /** `WeekDayDefinition[]`: the week days this calendar defines itself. */
    weekDays: jsonb("week_days").notNull(),
    /** `CalendarException[]`: holidays and changed hours. */
    exceptions: jsonb("exceptions").notNull(),
    /** `WorkWeek[]`: named periods with their own week. */
    workWeeks: jsonb("work_weeks").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.uid] }),
    foreignKey({
      name: "plan_calendar_plan_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [plan.orgId, plan.projectId],
    }).onDelete("cascade"),
  ],
);

export const planTask = pgTable(
  "plan_task",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    uid: integer("uid").notNull(),
    /** Row order in the outline, 1-based and dense (the row number users see). */
    position: integer("position").notNull(),
    outlineLevel: integer("outline_level").notNull(),
    wbs: text("wbs"),
    name: text("name").notNull(),
    durationMinutes: doublePrecision("duration_minutes").notNull(),
    durationUnit: text("duration_unit").notNull().default("days"),
    durationElapsed: boolean("duration_elapsed").notNull().default(false),
    durationEstimated: boolean("duration_estimated").notNull().default(false),
    manual: boolean("manual").notNull().default(false),
    manualStart: timestamp("manual_start", { mode: "string" }),
    manualFinish: timestamp("manual_finish", { mode: "string" }),
    constraintType: text("constraint_type").notNull().default("asSoonAsPossible"),
    constraintDate: timestamp("constraint_date", { mode: "string" }),
    deadline: timestamp("deadline", { mode: "string" }),
    calendarUid: integer("calendar_uid"),
    milestone: boolean("milestone").notNull().default(false),
    active: boolean("active").notNull().default(true),
    percentComplete: doublePrecision("percent_complete").notNull().default(0),
    actualStart: timestamp("actual_start", { mode: "string" }),
    actualFinish: timestamp("actual_finish", { mode: "string" }),
    actualDurationMinutes: doublePrecision("actual_duration_minutes"),
    remainingDurationMinutes: doublePrecision("remaining_duration_minutes"),
    notes: text("notes"),
    /** The task's UID in the file it was imported from. */
    sourceUid: integer("source_uid"),
    /** Bumped when what a person entered changes, not when a reschedule moves computed dates. */
    version: integer("version").notNull().default(1),
    // Computed by the engine.
    start: timestamp("start", { mode: "string" }),
    finish: timestamp("finish", { mode: "string" }),
    earlyStart: timestamp("early_start", { mode: "string" }),
    earlyFinish: timestamp("early_finish", { mode: "string" }),
    lateStart: timestamp("late_start", { mode: "string" }),
    lateFinish: timestamp("late_finish", { mode: "string" }),
    totalFloatMinutes: doublePrecision("total_float_minutes"),
    freeFloatMinutes: doublePrecision("free_float_minutes"),
    critical: boolean("critical").notNull().default(false),
    summary: boolean("summary").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.uid] }),
    index("plan_task_position_idx").on(t.orgId, t.projectId, t.position),
    // The portfolio's milestone timeline reads an organisation's milestones in finish order.
    index("plan_task_milestone_idx")
      .on(t.orgId, t.finish, t.projectId, t.uid)
      .where(sql`${t.milestone} and ${t.active}`),
    foreignKey({
      name: "plan_task_plan_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [plan.orgId, plan.projectId],
    }).onDelete("cascade"),
    foreignKey({
      name: "plan_task_calendar_fk",
      columns: [t.orgId, t.projectId, t.calendarUid],
      foreignColumns: [planCalendar.orgId, planCalendar.projectId, planCalendar.uid],
    }),
    check("plan_task_outline_level_check", sql`${t.outlineLevel} >= 1`),
    check(
      "plan_task_percent_check",
      sql`${t.percentComplete} >= 0 and ${t.percentComplete} <= 100`,
    ),
  ],
);

export const planLink = pgTable(
  "plan_link",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    id: uuid("id").notNull(),
    predecessorUid: integer("predecessor_uid").notNull(),
    successorUid: integer("successor_uid").notNull(),
    type: text("type").notNull(),
    /** Time lags: minutes; null for a percent lag. */
    lagMinutes: doublePrecision("lag_minutes"),
    /** Percent lags: share of the predecessor's duration (-25 = a lead of a quarter). */
    lagPercent: doublePrecision("lag_percent"),
    lagUnit: text("lag_unit").notNull().default("days"),
    lagElapsed: boolean("lag_elapsed").notNull().default(false),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.id] }),
    uniqueIndex("plan_link_pair_idx").on(t.orgId, t.projectId, t.predecessorUid, t.successorUid),
    index("plan_link_successor_idx").on(t.orgId, t.projectId, t.successorUid),
    foreignKey({
      name: "plan_link_predecessor_fk",
      columns: [t.orgId, t.projectId, t.predecessorUid],
      foreignColumns: [planTask.orgId, planTask.projectId, planTask.uid],
    }).onDelete("cascade"),
    foreignKey({
      name: "plan_link_successor_fk",
      columns: [t.orgId, t.projectId, t.successorUid],
      foreignColumns: [planTask.orgId, planTask.projectId, planTask.uid],
    }).onDelete("cascade"),
    check("plan_link_type_check", sql`${t.type} in ('FS','SS','FF','SF')`),
    check("plan_link_lag_check", sql`(${t.lagMinutes} is null) <> (${t.lagPercent} is null)`),
  ],
);

/** Baseline 0–10 of one task: the schedule as it stood when the baseline was set. */
export const planBaseline = pgTable(
  "plan_baseline",
  {
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id").notNull(),
    taskUid: integer("task_uid").notNull(),
    number: smallint("number").notNull(),
    start: timestamp("start", { mode: "string" }),
    finish: timestamp("finish", { mode: "string" }),
    durationMinutes: doublePrecision("duration_minutes"),
    workMinutes: doublePrecision("work_minutes"),
    cost: doublePrecision("cost"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.number, t.taskUid] }),
    // Deleting a task deletes its baselines: found by task, not by baseline number.
    index("plan_baseline_task_idx").on(t.orgId, t.projectId, t.taskUid),
    foreignKey({
      name: "plan_baseline_task_fk",
      columns: [t.orgId, t.projectId, t.taskUid],
      foreignColumns: [planTask.orgId, planTask.projectId, planTask.uid],
    }).onDelete("cascade"),
    check("plan_baseline_number_check", sql`${t.number} between 0 and 10`),
  ],
);
