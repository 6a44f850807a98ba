// The format-neutral project file: what an MSPDI, Primavera XER or CSV/XLSX reader produces and
// a writer consumes. It holds what the file says, not what a scheduler would compute: the engine
// input is derived from it (schedule-input.ts), and the dates the file stored are kept apart in
// `TaskRecord.stored` so they can be written back or compared with a fresh schedule.
//
// Units are in the names. Durations, work, lags and slack are minutes: working minutes on the
// task's calendar, or wall-clock minutes when their format is elapsed. Dates are local wall-clock
// text without a zone (local-date-time.ts). Everything optional is optional because some format
// or some real file leaves it out; a reader never invents a value to fill a gap.

import type { LocalDate, LocalDateTime } from "./local-date-time.js";
import type { AssignmentUid, CalendarUid, ResourceUid, TaskUid } from "./record-uids.js";

/** A whole project file. Arrays keep file order, so a write after a read keeps the order too. */
export interface ProjectDocument {
  readonly settings: ProjectSettings;
  readonly calendars: readonly CalendarDefinition[];
  /** Every task row, in file order, including the project summary (MSPDI UID 0) and null rows. */
  readonly tasks: readonly TaskRecord[];
  /** Every dependency, grouped by successor in file order (as MSPDI nests them). */
  readonly links: readonly TaskLink[];
  readonly resources: readonly ResourceRecord[];
  readonly assignments: readonly AssignmentRecord[];
  readonly extendedAttributes: readonly ExtendedAttributeDefinition[];
}

// ---------------------------------------------------------------------------------------------
// Project settings

/** Which end of the plan is fixed: forward scheduling from the start, or backward from the finish. */
export type ScheduleFrom = "start" | "finish";

/** Where a new task starts by default (MSPDI `NewTaskStartDate`). */
export type NewTaskStart = "projectStart" | "currentDate";

/** How a task keeps its numbers consistent when one changes (MSPDI `Type` 0, 1, 2). */
export type TaskType = "fixedUnits" | "fixedDuration" | "fixedWork";

/** Where the currency symbol goes (MSPDI `CurrencySymbolPosition` 0–3). */
export type CurrencySymbolPosition = "before" | "after" | "beforeWithSpace" | "afterWithSpace";

/** Day of the week, 0 = Sunday … 6 = Saturday (the JavaScript `getUTCDay` numbering). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Which application and version wrote the file, when it says. Informational only. */
export interface DocumentSource {
  /** The format the document was read from. */
  readonly format: "mspdi" | "xer" | "csv" | "xlsx";
  /** MSPDI `SaveVersion` (9 = 2003 or earlier, 12 = 2007, 14 = 2010 and later). */
  readonly saveVersion?: number;
  /** MSPDI `BuildNumber`, e.g. `16.0.18827.20140`. */
  readonly buildNumber?: string;
}

/**
 * Rules that move dates when progress is entered against a status date (MS Project's
 * File > Options > Advanced > "Calculation options": move end of completed parts after the
 * status date back to the status date, and so on). Absent means off.
 */
export interface StatusDateMoves {
  readonly moveCompletedEndsBack: boolean;
  readonly moveRemainingStartsBack: boolean;
  readonly moveRemainingStartsForward: boolean;
  readonly moveCompletedEndsForward: boolean;
}

/** Project-wide settings that scheduling and display depend on. */
export interface ProjectSettings {
  readonly source: DocumentSource;
  /** The file name the project was saved under (MSPDI `Name`). */
  readonly name?: string;
  /** The project title (MSPDI `Title`), which MS Project shows as the project summary name. */
  readonly title?: string;
  readonly author?: string;
  readonly company?: string;
  readonly manager?: string;
  readonly subject?: string;
  readonly guid?: string;
  readonly creationDate?: LocalDateTime;
  readonly lastSaved?: LocalDateTime;
  /** Project start: where forward scheduling begins (or the computed start when from finish). */
  readonly startDate: LocalDateTime;
  /** Project finish: where backward scheduling begins (or the computed finish when from start). */
  readonly finishDate?: LocalDateTime;
  readonly scheduleFrom: ScheduleFrom;
  /** The date progress was measured up to; remaining work may be scheduled from it. */
  readonly statusDate?: LocalDateTime;
  /** "Today" as the file saw it; MS Project uses it when no status date is set. */
  readonly currentDate?: LocalDateTime;
  /** The project (default) calendar; tasks without their own calendar use it. */
  readonly defaultCalendarUid?: CalendarUid;
  /** Working minutes in a "day" when durations are typed in days (MS Project default 480). */
  readonly minutesPerDay: number;
  /** Working minutes in a "week" when durations are typed in weeks (default 2400). */
  readonly minutesPerWeek: number;
  /** Working days in a "month" when durations are typed in months (default 20). */
  readonly daysPerMonth: number;
  /** A task is critical when its total slack is at most this many days (default 0). */
  readonly criticalSlackLimitDays: number;
  /**
   * True: constraint dates win over links ("tasks will always honor their constraint dates").
   * False: links win and a missed constraint shows as negative slack.
   */
  readonly honorConstraints: boolean;
  /** True: each network end gets its own critical path (MS Project "multiple critical paths"). */
  readonly multipleCriticalPaths: boolean;
  /** New tasks are manually scheduled (MSPDI `NewTasksAreManual`). */
  readonly newTasksManual: boolean;
  readonly newTasksEstimated?: boolean;
  readonly newTasksEffortDriven?: boolean;
  readonly newTaskStart?: NewTaskStart;
  readonly defaultTaskType?: TaskType;
  /** Time of day a task starts when only a date is typed, minutes after midnight (480 = 08:00). */
  readonly defaultStartMinuteOfDay: number;
  /** Time of day a task finishes when only a date is typed, minutes after midnight. */
  readonly defaultFinishMinuteOfDay: number;
  /** How durations are shown by default. */
  readonly durationFormat?: DurationFormat;
  /** How work is shown by default (only the unit matters). */
  readonly workFormat?: DurationFormat;
  /** First day of the week in views and weekly recurrences. */
  readonly weekStartDay: DayOfWeek;
  /** First month of the fiscal year, 1 = January. */
  readonly fiscalYearStartMonth?: number;
  /** In-progress tasks may be split when rescheduled around the status date. */
  readonly splitsInProgressTasks?: boolean;
  readonly statusDateMoves?: StatusDateMoves;
  /** ISO 4217 code, e.g. `EUR`. */
  readonly currencyCode?: string;
  readonly currencySymbol?: string;
  readonly currencyDigits?: number;
  readonly currencySymbolPosition?: CurrencySymbolPosition;
  /** Default standard rate for new resources, currency per hour. */
  readonly defaultStandardRatePerHour?: number;
  /** Default overtime rate for new resources, currency per hour. */
  readonly defaultOvertimeRatePerHour?: number;
}

// ---------------------------------------------------------------------------------------------
// Durations

/** The unit a duration or lag is shown in; `percent` only occurs for lags. */
export type DurationUnit = "minutes" | "hours" | "days" | "weeks" | "months" | "percent";

/**
 * How a duration was entered and is displayed. The value itself is always minutes; the format
 * only says how the user thinks of it ("2w" is 4800 minutes on a 2400-minute week). An elapsed
 * format (`2ed`) counts wall-clock time and ignores calendars; an estimated one shows a `?`.
 */
export interface DurationFormat {
  readonly unit: DurationUnit;
  readonly elapsed: boolean;
  readonly estimated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Calendars

/**
 * One working interval within a day, in minutes after midnight. `toMinuteOfDay` is exclusive
 * and may be 1440 (midnight at the end of the day, which MSPDI writes as `00:00:00`).
 */
export interface WorkingTimeRange {
  readonly fromMinuteOfDay: number;
  readonly toMinuteOfDay: number;
}

/** The working pattern of one day of the week. A non-working day has no ranges. */
export interface WeekDayDefinition {
  readonly day: DayOfWeek;
  readonly working: boolean;
  /** Several ranges per day are common (08:00–12:00 and 13:00–17:00). Sorted, not overlapping. */
  readonly workingTimes: readonly WorkingTimeRange[];
}

/** Position of a weekday within a month: first … fourth, or the last one. */
export type WeekOfMonth = "first" | "second" | "third" | "fourth" | "last";

/**
 * How an exception repeats between its first and last day. A single holiday or a plain range of
 * days is `daily` every 1 day. The others follow MS Project's "Details" dialog:
 * - `daily`: every `everyDays` days from the first day.
 * - `weekly`: on the listed days, every `everyWeeks` weeks (weeks start on the project's
 *   `weekStartDay`, counted from the week of the first day).
 * - `monthlyByDay`: day `dayOfMonth` of every `everyMonths` months (a month too short for the
 *   day has no occurrence).
 * - `monthlyByPosition`: the `position` `day` (e.g. last Friday) of every `everyMonths` months.
 * - `yearlyByDay`: `month` (1–12) / `dayOfMonth` each year.
 * - `yearlyByPosition`: the `position` `day` of `month` each year.
 */
export type ExceptionRecurrence =
  | { readonly kind: "daily"; readonly everyDays: number }
  | { readonly kind: "weekly"; readonly everyWeeks: number; readonly days: readonly DayOfWeek[] }
  | { readonly kind: "monthlyByDay"; readonly everyMonths: number; readonly dayOfMonth: number }
  | {
      readonly kind: "monthlyByPosition";
      readonly everyMonths: number;
      readonly position: WeekOfMonth;
      readonly day: DayOfWeek;
    }
  | { readonly kind: "yearlyByDay"; readonly month: number; readonly dayOfMonth: number }
  | {
      readonly kind: "yearlyByPosition";
      readonly month: number;
      readonly position: WeekOfMonth;
      readonly day: DayOfWeek;
    };

/**
 * A change to the normal week on some dates: a holiday (non-working), or different hours
 * (working, possibly on a normally non-working day). Occurrences are the dates from `fromDate` to
 * `toDate` inclusive that match `recurrence`; when `occurrences` is set the series also stops
 * after that many (MS Project's "End after N occurrences"; it then stores the last occurrence
 * as `toDate`). On a date an exception covers, it replaces the week pattern entirely.
 */
export interface CalendarException {
  readonly name?: string;
  readonly fromDate: LocalDate;
  readonly toDate: LocalDate;
  readonly recurrence: ExceptionRecurrence;
  /** Set when the series was entered as "end after N occurrences". */
  readonly occurrences?: number;
  readonly working: boolean;
  /** The hours worked on each occurrence when `working`; empty otherwise. */
  readonly workingTimes: readonly WorkingTimeRange[];
}

/**
 * A named period with its own normal week (MS Project 2007+ "Work Weeks"), e.g. summer hours.
 * Within `fromDate`..`toDate` its days replace the calendar's own week days; days it does not
 * list fall back to the calendar's week.
 */
export interface WorkWeek {
  readonly name?: string;
  readonly fromDate: LocalDate;
  readonly toDate: LocalDate;
  readonly weekDays: readonly WeekDayDefinition[];
}

/**
 * A working-time calendar. A base calendar stands alone; a derived calendar (resource or task
 * calendar built on a base) lists only what differs: week days it does not define, and dates its
 * own exceptions do not cover, come from `baseCalendarUid`. A base calendar's undefined days
 * follow MS Project's default week (Monday–Friday 08:00–12:00, 13:00–17:00).
 */
export interface CalendarDefinition {
  readonly uid: CalendarUid;
  readonly name: string;
  readonly guid?: string;
  readonly isBaseCalendar: boolean;
  /** MSPDI `IsBaselineCalendar`: the calendar MS Project uses for baselines of 98 files. */
  readonly isBaselineCalendar?: boolean;
  readonly baseCalendarUid?: CalendarUid;
  /** The week days this calendar defines itself (a derived calendar may define none). */
  readonly weekDays: readonly WeekDayDefinition[];
  readonly exceptions: readonly CalendarException[];
  readonly workWeeks: readonly WorkWeek[];
}

// ---------------------------------------------------------------------------------------------
// Tasks

/** The eight MS Project constraint types. */
export type ConstraintType =
  | "asSoonAsPossible"
  | "asLateAsPossible"
  | "mustStartOn"
  | "mustFinishOn"
  | "startNoEarlierThan"
  | "startNoLaterThan"
  | "finishNoEarlierThan"
  | "finishNoLaterThan";

/** A constraint; every type except ASAP and ALAP has a date. */
export interface TaskConstraint {
  readonly type: ConstraintType;
  readonly date?: LocalDateTime;
}

/** A baseline snapshot of a task (0 is "Baseline", 1–10 are "Baseline1".."Baseline10"). */
export interface TaskBaseline {
  readonly number: number;
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
  readonly durationMinutes?: number;
  readonly durationFormat?: DurationFormat;
  readonly workMinutes?: number;
  readonly cost?: number;
}

/**
 * A value of a custom field (Text1, Number3, Flag2, an enterprise field…) on a task, resource or
 * assignment. `value` is the file's text: numbers in decimal, dates as local date-times, flags
 * as `0`/`1`, durations as minutes with `durationFormat` saying how they were shown.
 */
export interface ExtendedAttributeValue {
  /** The field's id, matching `ExtendedAttributeDefinition.fieldId`. */
  readonly fieldId: string;
  readonly value: string;
  readonly durationFormat?: DurationFormat;
}

/**
 * The schedule values the file held when it was saved, as its application computed them. A
 * scheduler does not read these (except manual tasks' dates, see `TaskRecord.start`); they are
 * kept to write the file back unchanged and to compare with a fresh schedule.
 */
export interface StoredTaskSchedule {
  readonly earlyStart?: LocalDateTime;
  readonly earlyFinish?: LocalDateTime;
  readonly lateStart?: LocalDateTime;
  readonly lateFinish?: LocalDateTime;
  readonly totalSlackMinutes?: number;
  readonly freeSlackMinutes?: number;
  readonly startSlackMinutes?: number;
  readonly finishSlackMinutes?: number;
  readonly critical?: boolean;
  /** Start minus baseline start, minutes (MSPDI `StartVariance`). */
  readonly startVarianceMinutes?: number;
  /** Finish minus baseline finish, minutes (MSPDI `FinishVariance`). */
  readonly finishVarianceMinutes?: number;
}

/** One task row. Summary rows carry the roll-up of their children; null rows are blank lines. */
export interface TaskRecord {
  readonly uid: TaskUid;
  /** The row number shown to users; changes when rows move. */
  readonly id: number;
  readonly name: string;
  readonly guid?: string;
  /** 0 for the project summary, 1 for top-level tasks, and so on. */
  readonly outlineLevel: number;
  /** Position in the outline, e.g. `1.2.3`. */
  readonly outlineNumber?: string;
  readonly wbs?: string;
  readonly isNull: boolean;
  readonly summary: boolean;
  readonly milestone: boolean;
  /** Manually scheduled: its dates are what the user typed and the scheduler keeps them. */
  readonly manual: boolean;
  /** An inactive task stays in the file but takes no part in scheduling. */
  readonly active: boolean;
  readonly type?: TaskType;
  readonly effortDriven?: boolean;
  readonly durationMinutes: number;
  readonly durationFormat?: DurationFormat;
  /** The duration shows a `?` (MSPDI `Estimated`). */
  readonly estimated: boolean;
  /** For manual tasks, the duration as typed (MSPDI `ManualDuration`). */
  readonly manualDurationMinutes?: number;
  readonly workMinutes?: number;
  readonly cost?: number;
  readonly fixedCost?: number;
  /**
   * The task's start and finish as the file stores them: what the user typed for a manual task
   * (the scheduler keeps them), the last computed dates for an automatic one.
   */
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
  /** For manual tasks, the dates as typed (MSPDI `ManualStart`/`ManualFinish`). */
  readonly manualStart?: LocalDateTime;
  readonly manualFinish?: LocalDateTime;
  readonly constraint: TaskConstraint;
  /** A target finish: it shapes late dates and slack but never moves the task. */
  readonly deadline?: LocalDateTime;
  /** The task's own calendar; absent means the project calendar (or its resources'). */
  readonly calendarUid?: CalendarUid;
  /** Schedule on the task calendar alone, ignoring resource calendars. */
  readonly ignoreResourceCalendar?: boolean;
  /** Leveling priority, 0–1000 (1000 = do not level). */
  readonly priority: number;
  /** Delay added by resource leveling, minutes (elapsed when its format is elapsed). */
  readonly levelingDelayMinutes?: number;
  readonly levelingDelayFormat?: DurationFormat;
  // Progress.
  readonly percentComplete: number;
  readonly percentWorkComplete?: number;
  readonly physicalPercentComplete?: number;
  readonly actualStart?: LocalDateTime;
  readonly actualFinish?: LocalDateTime;
  readonly actualDurationMinutes?: number;
  readonly remainingDurationMinutes?: number;
  readonly actualWorkMinutes?: number;
  readonly remainingWorkMinutes?: number;
  readonly actualCost?: number;
  readonly remainingCost?: number;
  /** Where completed work stops and, for a split task, where the remainder resumes. */
  readonly stop?: LocalDateTime;
  readonly resume?: LocalDateTime;
  readonly baselines: readonly TaskBaseline[];
  readonly notes?: string;
  readonly hyperlink?: string;
  readonly extendedAttributes: readonly ExtendedAttributeValue[];
  readonly stored: StoredTaskSchedule;
}

// ---------------------------------------------------------------------------------------------
// Links

/**
 * Dependency types: finish-to-start (the successor starts after the predecessor finishes),
 * start-to-start, finish-to-finish and start-to-finish.
 */
export type LinkType = "FS" | "SS" | "FF" | "SF";

/**
 * A link's lag (negative: a lead). `time` lags are minutes: working minutes counted on a
 * calendar (see docs/scheduling.md for which one MS Project uses), or wall-clock minutes when
 * the format is elapsed. `percent` lags are a share of the predecessor's duration (`-25` = a lead
 * of a quarter of it).
 */
export type LinkLag =
  | { readonly kind: "time"; readonly minutes: number; readonly format: DurationFormat }
  | { readonly kind: "percent"; readonly percent: number; readonly elapsed: boolean };

/** A dependency between two tasks of this file (or, when `crossProject`, of another file). */
export interface TaskLink {
  readonly predecessorUid: TaskUid;
  readonly successorUid: TaskUid;
  readonly type: LinkType;
  readonly lag: LinkLag;
  /** The predecessor lives in another project file, named by `crossProjectName`. */
  readonly crossProject?: boolean;
  readonly crossProjectName?: string;
}

// ---------------------------------------------------------------------------------------------
// Resources and assignments

/** Work resources spend time, material resources are consumed in units, cost resources cost. */
export type ResourceType = "work" | "material" | "cost";

/** A baseline snapshot of a resource's or assignment's work and cost. */
export interface WorkCostBaseline {
  readonly number: number;
  readonly workMinutes?: number;
  readonly cost?: number;
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
}

/** A person, team, machine, material or cost account that tasks are assigned to. */
export interface ResourceRecord {
  readonly uid: ResourceUid;
  readonly id: number;
  readonly name: string;
  readonly guid?: string;
  readonly isNull: boolean;
  readonly type: ResourceType;
  readonly initials?: string;
  readonly group?: string;
  readonly code?: string;
  readonly emailAddress?: string;
  /** Label of a material resource's unit, e.g. `t` or `m3`. */
  readonly materialLabel?: string;
  /** Availability as a fraction: 1 = one full-time person, 0.5 = half time, 3 = three people. */
  readonly maxUnits?: number;
  readonly calendarUid?: CalendarUid;
  readonly standardRatePerHour?: number;
  readonly overtimeRatePerHour?: number;
  readonly costPerUse?: number;
  readonly isGeneric?: boolean;
  readonly isInactive?: boolean;
  readonly isBudget?: boolean;
  readonly workMinutes?: number;
  readonly cost?: number;
  readonly baselines: readonly WorkCostBaseline[];
  readonly notes?: string;
  readonly extendedAttributes: readonly ExtendedAttributeValue[];
}

/** A resource working on a task. */
export interface AssignmentRecord {
  readonly uid: AssignmentUid;
  readonly taskUid: TaskUid;
  /** Absent for MS Project's placeholder assignment of a task with no resource (UID -65535). */
  readonly resourceUid?: ResourceUid;
  /** Share of the resource's time as a fraction (1 = 100 %); material: units per task. */
  readonly units: number;
  readonly workMinutes: number;
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
  readonly actualStart?: LocalDateTime;
  readonly actualFinish?: LocalDateTime;
  readonly actualWorkMinutes?: number;
  readonly remainingWorkMinutes?: number;
  readonly percentWorkComplete?: number;
  readonly cost?: number;
  readonly actualCost?: number;
  /** Delay of the assignment's start after the task's start, minutes. */
  readonly delayMinutes?: number;
  /** MS Project work contour code (0 flat, 1 back loaded, … 8 contoured). */
  readonly workContour?: number;
  readonly baselines: readonly WorkCostBaseline[];
  readonly extendedAttributes: readonly ExtendedAttributeValue[];
}

// ---------------------------------------------------------------------------------------------
// Custom fields

/** The kind of record a custom field belongs to. */
export type ExtendedAttributeEntity = "task" | "resource" | "assignment" | "project";

/** The value type of a custom field (MSPDI `CFType` 0–7 and 27). */
export type ExtendedAttributeValueType =
  | "cost"
  | "date"
  | "duration"
  | "finish"
  | "flag"
  | "number"
  | "start"
  | "text"
  | "outlineCode";

/** The definition of a custom field: which built-in slot it is and what users call it. */
export interface ExtendedAttributeDefinition {
  /** The field's id in the file (MSPDI `FieldID`, e.g. `188743731` for Text1). */
  readonly fieldId: string;
  /** The built-in slot, e.g. `Text1`. */
  readonly fieldName: string;
  /** What users named it, e.g. `Cost centre`. */
  readonly alias?: string;
  readonly entity: ExtendedAttributeEntity;
  readonly valueType?: ExtendedAttributeValueType;
  readonly guid?: string;
  /** A formula, as the file wrote it. */
  readonly formula?: string;
}
