// The engine's input: a project as plain data, with tasks and calendars addressed by index.
// Readers (interop/schedule-input.ts) map files into it; the server maps its tables into it.

import type { CalendarSpec } from "../calendar/calendar-spec.js";
import type { LocalMinute, WorkingMinutes } from "../time/local-minute.js";

/** Dependency types: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = "FS" | "SS" | "FF" | "SF";

/** MS Project's eight constraint types. */
export type ConstraintType = "ASAP" | "ALAP" | "MSO" | "MFO" | "SNET" | "SNLT" | "FNET" | "FNLT";

/** A constraint; every type except ASAP and ALAP needs a date. */
export interface TaskConstraint {
  readonly type: ConstraintType;
  readonly date?: LocalMinute;
}

/** One task. Summary tasks are the tasks other tasks name as `parent`. */
export interface TaskInput {
  /** The caller's id for the task (e.g. its UID), used in outcomes such as a cycle report. */
  readonly key: number;
  /** Index of the summary task this task belongs to. */
  readonly parent?: number;
  /** Index of the task's calendar; the project calendar when absent. */
  readonly calendar?: number;
  /** Working minutes on the task calendar, or wall-clock minutes when `elapsed`. */
  readonly duration: WorkingMinutes;
  readonly elapsed?: boolean;
  /**
   * MS Project's Milestone flag: how the task is shown. It does not change how the task is
   * scheduled: a task with no duration is placed as a milestone whether flagged or not, and a
   * flagged task with a duration is scheduled as any other task (MS Project starts it the next
   * working morning after its predecessor, not at the predecessor's 17:00 finish).
   */
  readonly milestone?: boolean;
  /** Manually scheduled: keeps `manualStart`/`manualFinish` as its dates. */
  readonly manual?: boolean;
  readonly manualStart?: LocalMinute;
  readonly manualFinish?: LocalMinute;
  /** Inactive tasks are kept in the result but take no part in scheduling. */
  readonly active?: boolean;
  readonly constraint?: TaskConstraint;
  /** A target finish: shapes late dates and float, never moves the task. */
  readonly deadline?: LocalMinute;
  /**
   * Delay added by resource leveling after the date links and constraints give: working
   * minutes, or wall-clock minutes when `levelingDelayElapsed` (MS Project's default, "ed").
   */
  readonly levelingDelay?: number;
  readonly levelingDelayElapsed?: boolean;
  readonly actualStart?: LocalMinute;
  readonly actualFinish?: LocalMinute;
  /** 0–100. */
  readonly percentComplete?: number;
  readonly actualDuration?: WorkingMinutes;
  readonly remainingDuration?: WorkingMinutes;
}

/**
 * A dependency from `from` to `to` (task indexes). The lag is working minutes, or wall-clock
 * minutes when `lagElapsed`; a percentage lag (`lagPercent`, e.g. -25) is that share of the
 * predecessor's duration and replaces `lag`.
 */
export interface LinkInput {
  readonly from: number;
  readonly to: number;
  readonly type: LinkType;
  readonly lag?: WorkingMinutes;
  readonly lagPercent?: number;
  readonly lagElapsed?: boolean;
}

/**
 * Where MS Project writes a late date that falls on a break in working time. MS Project 2003–2010
 * write the end of the previous working period (17:00); later versions keep the start of the next
 * one (08:00 the next working day), as the late dates come out of the backward pass.
 */
export type LateDateStyle = "previousFinish" | "nextStart" | "byTaskMode" | "byTaskModeLegacy";

/** Which calendar counts a link's lag. */
export type LagCalendar = "successor" | "predecessor" | "project";

/** A whole project for the engine. */
export interface ScheduleInput {
  readonly calendars: readonly CalendarSpec[];
  /** Index of the project (default) calendar. */
  readonly projectCalendar: number;
  readonly projectStart: LocalMinute;
  /** The fixed finish when scheduling from the finish. */
  readonly projectFinish?: LocalMinute;
  readonly scheduleFrom?: "start" | "finish";
  /** Remaining work of started tasks is not scheduled before it when `scheduleRemainingFromStatusDate`. */
  readonly statusDate?: LocalMinute;
  readonly scheduleRemainingFromStatusDate?: boolean;
  /** True: constraint dates win over links. False: links win and negative float shows the conflict. */
  readonly honorConstraints?: boolean;
  /** A task is critical when its total float is at most this (default 0). */
  readonly criticalFloatLimit?: WorkingMinutes;
  readonly lateDateStyle?: LateDateStyle;
  readonly lagCalendar?: LagCalendar;
  readonly tasks: readonly TaskInput[];
  readonly links: readonly LinkInput[];
}
