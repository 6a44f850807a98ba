import { z } from "zod";
import { Calendar } from "./calendars.js";
import { LocalDateTime } from "./local-date-time.js";

// A project's plan over the API: tasks with the engine's computed dates (under the names of the
// `orrery schedule --json` report), links, calendars and baselines. Dates are wall-clock times
// without a zone (`2027-03-01T08:00:00`), as MS Project writes them; durations, lags and floats
// are minutes (working minutes on the task's calendar, or wall-clock minutes when elapsed).

const Minutes = z.number().finite("must be a number of minutes");
const NonNegativeMinutes = Minutes.min(0, "must not be negative").max(
  1e9,
  "must be at most 1,000,000,000 minutes",
);

/** The unit a duration is shown in; the value itself is always minutes. */
export const DurationUnit = z
  .enum(["minutes", "hours", "days", "weeks", "months"])
  .meta({ id: "DurationUnit" });
export type DurationUnit = z.infer<typeof DurationUnit>;

/** MS Project's eight constraint types. */
export const ConstraintType = z
  .enum([
    "asSoonAsPossible",
    "asLateAsPossible",
    "mustStartOn",
    "mustFinishOn",
    "startNoEarlierThan",
    "startNoLaterThan",
    "finishNoEarlierThan",
    "finishNoLaterThan",
  ])
  .meta({ id: "ConstraintType" });
export type ConstraintType = z.infer<typeof ConstraintType>;

export const SchedulingMode = z.enum(["auto", "manual"]).meta({ id: "SchedulingMode" });
export type SchedulingMode = z.infer<typeof SchedulingMode>;

export const LinkType = z.enum(["FS", "SS", "FF", "SF"]).meta({ id: "LinkType" });
export type LinkType = z.infer<typeof LinkType>;

const TaskUid = z.number().int().min(1, "must be at least 1").max(2_000_000_000);
const Name = z.string().trim().max(500, "must be at most 500 characters");

/** What a person enters about a task; everything else is computed. */
const TaskInputFields = z.object({
  name: Name,
  outlineLevel: z.number().int().min(1).max(100),
  wbs: z.string().max(100).nullable(),
  durationMinutes: NonNegativeMinutes,
  durationUnit: DurationUnit,
  durationElapsed: z.boolean(),
  durationEstimated: z.boolean(),
  schedulingMode: SchedulingMode,
  /** Manual tasks keep these dates; automatic tasks ignore them. */
  manualStart: LocalDateTime.nullable(),
  manualFinish: LocalDateTime.nullable(),
  constraintType: ConstraintType,
  constraintDate: LocalDateTime.nullable(),
  deadline: LocalDateTime.nullable(),
  /** The task's own calendar; null: the project calendar. */
  calendarUid: z.number().int().nullable(),
  milestone: z.boolean(),
  active: z.boolean(),
  percentComplete: z.number().min(0).max(100),
  actualStart: LocalDateTime.nullable(),
  actualFinish: LocalDateTime.nullable(),
  remainingDurationMinutes: NonNegativeMinutes.nullable(),
  notes: z.string().max(100_000).nullable(),
});

/** What a person entered about a task: what a create sets and an update changes. */
export type TaskEntered = z.infer<typeof TaskInputFields>;

/** A new task's values where its create leaves them out: one day, as soon as possible. */
export const NEW_TASK_VALUES: TaskEntered = {
  name: "",
  outlineLevel: 1,
  wbs: null,
  durationMinutes: 480,
  durationUnit: "days",
  durationElapsed: false,
  durationEstimated: false,
  schedulingMode: "auto",
  manualStart: null,
  manualFinish: null,
  constraintType: "asSoonAsPossible",
  constraintDate: null,
  deadline: null,
  calendarUid: null,
  milestone: false,
  active: true,
  percentComplete: 0,
  actualStart: null,
  actualFinish: null,
  remainingDurationMinutes: null,
  notes: null,
};

/** The engine's results for a task, stored with it (names as in `orrery schedule --json`). */
const TaskComputedFields = z.object({
  start: z.string().nullable(),
  finish: z.string().nullable(),
  earlyStart: z.string().nullable(),
  earlyFinish: z.string().nullable(),
  lateStart: z.string().nullable(),
  lateFinish: z.string().nullable(),
  totalFloatMinutes: z.number().nullable(),
  freeFloatMinutes: z.number().nullable(),
  critical: z.boolean(),
  summary: z.boolean(),
});

export const Task = z
  .object({
    uid: z.number().int(),
    /** Row number in the outline, 1-based. */
    position: z.number().int(),
    ...TaskInputFields.shape,
    /** The task's UID in the file it was imported from. */
    sourceUid: z.number().int().nullable(),
    version: z.number().int(),
    ...TaskComputedFields.shape,
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof Task>;

/**
 * A new task. Only `name` is required; it goes to the end of the outline unless `position`
 * says before which row. `uid` may be chosen by the caller (unused in the plan) so later
 * operations of the same batch can refer to the task.
 */
export const TaskCreate = TaskInputFields.partial()
  .extend({
    name: Name.min(1, "is required"),
    uid: TaskUid.optional(),
    position: z.number().int().min(1).optional(),
  })
  .meta({ id: "TaskCreate" });
export type TaskCreate = z.infer<typeof TaskCreate>;

/**
 * A partial change; `position` moves the row, `outlineLevel` indents or outdents it.
 * `durationUntil` is what dragging a bar's end asks for: the duration becomes the working time
 * from the task's start to that moment on the task's calendar (wall-clock time when elapsed),
 * in the unit the duration already has; a manual task's typed finish moves there too.
 */
export const TaskUpdate = TaskInputFields.partial()
  .extend({
    name: Name.min(1, "must not be empty").optional(),
    position: z.number().int().min(1).optional(),
    durationUntil: LocalDateTime.optional().meta({
      description:
        "Sets the duration to the working time from the task's start to this moment, on the task's calendar (what dragging a bar's end does). Not with durationMinutes.",
    }),
  })
  .meta({ id: "TaskUpdate" });
export type TaskUpdate = z.infer<typeof TaskUpdate>;

/**
 * Progress on a task, as a person assigned to it records it: % complete, actual start and finish,
 * remaining duration (minutes). Anything else about the task is a plan edit.
 */
export const TaskProgress = TaskInputFields.pick({
  percentComplete: true,
  actualStart: true,
  actualFinish: true,
  remainingDurationMinutes: true,
})
  .partial()
  .strict()
  .refine((progress) => Object.keys(progress).length > 0, "must change at least one field")
  .meta({ id: "TaskProgress" });
export type TaskProgress = z.infer<typeof TaskProgress>;

/** A link's lag: time (minutes, negative is a lead) or a share of the predecessor's duration. */
export const LinkLag = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("time"),
      minutes: Minutes.min(-1e9).max(1e9),
      unit: DurationUnit,
      elapsed: z.boolean(),
    }),
    z.object({
      kind: z.literal("percent"),
      percent: z.number().min(-10_000).max(10_000),
      elapsed: z.boolean(),
    }),
  ])
  .meta({ id: "LinkLag" });
export type LinkLag = z.infer<typeof LinkLag>;

export const Link = z
  .object({
    id: z.uuid(),
    predecessorUid: z.number().int(),
    successorUid: z.number().int(),
    type: LinkType,
    lag: LinkLag,
    version: z.number().int(),
  })
  .meta({ id: "Link" });
export type Link = z.infer<typeof Link>;

const NO_LAG = { kind: "time", minutes: 0, unit: "days", elapsed: false } as const;

export const LinkCreate = z
  .object({
    predecessorUid: TaskUid,
    successorUid: TaskUid,
    type: LinkType.default("FS"),
    lag: LinkLag.default(NO_LAG),
  })
  .refine((l) => l.predecessorUid !== l.successorUid, {
    path: ["successorUid"],
    message: "must differ from the predecessor",
  })
  .meta({ id: "LinkCreate" });
export type LinkCreate = z.infer<typeof LinkCreate>;

export const LinkUpdate = z
  .object({ type: LinkType.optional(), lag: LinkLag.optional() })
  .meta({ id: "LinkUpdate" });
export type LinkUpdate = z.infer<typeof LinkUpdate>;

// The plan as a whole ------------------------------------------------------------------------

/** A plan's schedule settings and its computed finish. */
export const Plan = z
  .object({
    projectId: z.uuid(),
    start: z.string(),
    finish: z.string().nullable(),
    statusDate: z.string().nullable(),
    /** The project calendar. */
    calendarUid: z.number().int().nullable(),
    minutesPerDay: z.number().int(),
    minutesPerWeek: z.number().int(),
    honorConstraints: z.boolean(),
    /** The day weekly calendar recurrences count weeks from (0 = Sunday). */
    weekStartDay: z.number().int().min(0).max(6),
    taskCount: z.number().int(),
    /** Changes with every edit of the plan. */
    version: z.number().int(),
  })
  .meta({ id: "Plan" });
export type Plan = z.infer<typeof Plan>;

/** The plan's settings a person may change; every change reschedules. */
export const PlanUpdate = z
  .object({
    start: LocalDateTime,
    statusDate: LocalDateTime.nullable(),
    calendarUid: z.number().int(),
    honorConstraints: z.boolean(),
  })
  .partial()
  .meta({ id: "PlanUpdate" });
export type PlanUpdate = z.infer<typeof PlanUpdate>;

export const TaskList = z.object({ plan: Plan, items: z.array(Task) }).meta({ id: "TaskList" });
export type TaskList = z.infer<typeof TaskList>;

/**
 * A task's computed values alone, for a task that a reschedule moved while what was entered
 * about it (and so its version) stayed as it was.
 */
export const TaskSchedule = z
  .object({ uid: z.number().int(), ...TaskComputedFields.shape })
  .meta({ id: "TaskSchedule" });
export type TaskSchedule = z.infer<typeof TaskSchedule>;

/**
 * What a write answers: in full, every task created, edited or renumbered; as its computed
 * values alone, every other task the reschedule moved (an edit on the critical path moves
 * thousands, and their entered values are what the client has); the UIDs of deleted tasks,
 * links created or changed, links removed (with their tasks or on their own), and the plan with
 * its new version and finish.
 */
export const PlanChange = z
  .object({
    plan: Plan,
    changed: z.array(Task),
    rescheduled: z.array(TaskSchedule),
    deletedUids: z.array(z.number().int()),
    links: z.array(Link),
    removedLinkIds: z.array(z.uuid()),
  })
  .meta({ id: "PlanChange" });
export type PlanChange = z.infer<typeof PlanChange>;

const Version = z.number().int().min(1).optional();

/**
 * One operation of a batch. `version` is the task's ETag value: a stale one refuses the whole
 * batch (412), as `If-Match` does for a single write.
 */
export const TaskBatchOperation = z
  .discriminatedUnion("op", [
    z.object({ op: z.literal("create"), task: TaskCreate }),
    z.object({ op: z.literal("update"), uid: TaskUid, version: Version, patch: TaskUpdate }),
    z.object({ op: z.literal("delete"), uid: TaskUid, version: Version }),
    z.object({ op: z.literal("link"), link: LinkCreate }),
    z.object({ op: z.literal("unlink"), predecessorUid: TaskUid, successorUid: TaskUid }),
  ])
  .meta({ id: "TaskBatchOperation" });
export type TaskBatchOperation = z.infer<typeof TaskBatchOperation>;

export const TaskBatch = z
  .object({ operations: z.array(TaskBatchOperation).min(1).max(100_000) })
  .meta({ id: "TaskBatch" });
export type TaskBatch = z.infer<typeof TaskBatch>;

// Baselines ----------------------------------------------------------------------------------

export const BaselineNumber = z.coerce
  .number()
  .int()
  .min(0, "must be 0–10")
  .max(10, "must be 0–10");

export const BaselineSummary = z
  .object({ number: z.number().int(), taskCount: z.number().int() })
  .meta({ id: "BaselineSummary" });

export const BaselineList = z
  .object({ items: z.array(BaselineSummary) })
  .meta({ id: "BaselineList" });
export type BaselineList = z.infer<typeof BaselineList>;

export const TaskBaseline = z
  .object({
    taskUid: z.number().int(),
    start: z.string().nullable(),
    finish: z.string().nullable(),
    durationMinutes: z.number().nullable(),
    workMinutes: z.number().nullable(),
    cost: z.number().nullable(),
  })
  .meta({ id: "TaskBaseline" });

/**
 * Values to store as a baseline instead of the current schedule: what it held before, so that
 * setting or clearing a baseline can be undone.
 */
export const BaselineRestore = z
  .object({ items: z.array(TaskBaseline).max(1_000_000) })
  .meta({ id: "BaselineRestore" });
export type BaselineRestore = z.infer<typeof BaselineRestore>;

export const Baseline = z
  .object({ number: z.number().int(), items: z.array(TaskBaseline) })
  .meta({ id: "Baseline" });
export type Baseline = z.infer<typeof Baseline>;

/** One side of a comparison: a baseline number (0–10) or `current`, the schedule as it is now. */
export const BaselineSide = z
  .union([z.literal("current"), BaselineNumber])
  .meta({ id: "BaselineSide" });
export type BaselineSide = z.infer<typeof BaselineSide>;

export const BaselineCompareQuery = z.object({
  a: BaselineSide.describe("The side measured from: a baseline number 0–10, or current"),
  b: BaselineSide.describe("The side measured to: a baseline number 0–10, or current"),
});

/** A task's dates on one side; null when that side does not hold the task. */
const ComparedDates = z.object({
  start: z.string().nullable(),
  finish: z.string().nullable(),
  durationMinutes: z.number().nullable(),
});

export const TaskComparison = z
  .object({
    taskUid: z.number().int(),
    /** The task's name and row in the outline (a baseline's tasks are deleted with them). */
    name: z.string(),
    position: z.number().int(),
    summary: z.boolean(),
    a: ComparedDates.nullable(),
    b: ComparedDates.nullable(),
    /**
     * `b` minus `a` in working minutes on the task's calendar, as MS Project's Start, Finish
     * and Duration Variance (positive: `b` is later or longer); null unless both sides hold it.
     */
    startVarianceMinutes: z.number().nullable(),
    finishVarianceMinutes: z.number().nullable(),
    durationVarianceMinutes: z.number().nullable(),
  })
  .meta({ id: "TaskComparison" });
export type TaskComparison = z.infer<typeof TaskComparison>;

export const BaselineComparison = z
  .object({
    a: BaselineSide,
    b: BaselineSide,
    /** The latest finish on each side, and how far the project's finish moved (project calendar). */
    finishA: z.string().nullable(),
    finishB: z.string().nullable(),
    finishVarianceMinutes: z.number().nullable(),
    /** Tasks other than summaries that finish later in `b` than in `a`, and earlier. */
    slippedCount: z.number().int(),
    improvedCount: z.number().int(),
    items: z.array(TaskComparison),
  })
  .meta({ id: "BaselineComparison" });
export type BaselineComparison = z.infer<typeof BaselineComparison>;

// Import and export --------------------------------------------------------------------------

export const PlanFileFormat = z.enum(["mspdi", "xlsx", "csv"]).meta({ id: "PlanFileFormat" });
export type PlanFileFormat = z.infer<typeof PlanFileFormat>;

export const ExportQuery = z.object({ format: PlanFileFormat.default("mspdi") });

export const ImportQuery = z.object({
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

/** A remark about part of an imported file (a row of a spreadsheet, a task of a project file). */
export const ImportWarning = z
  .object({ row: z.number().int().nullable(), message: z.string() })
  .meta({ id: "ImportWarning" });

/** A calendar after a write, with the plan rescheduled on it. */
export const CalendarChange = z
  .object({ calendar: Calendar.nullable(), change: PlanChange })
  .meta({ id: "CalendarChange" });
export type CalendarChange = z.infer<typeof CalendarChange>;

/** A preview (dry run) or the outcome of an import. */
export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(["mspdi", "xer", "csv", "xlsx"]),
    taskCount: z.number().int(),
    linkCount: z.number().int(),
    resourceCount: z.number().int(),
    assignmentCount: z.number().int(),
    start: z.string().nullable(),
    finish: z.string().nullable(),
    warnings: z.array(ImportWarning),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResult>;
