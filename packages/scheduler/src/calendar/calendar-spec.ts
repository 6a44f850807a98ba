// What the engine needs to know about a working-time calendar, independent of any file format.
// Resolution of a date follows MS Project (and MPXJ's reading of it): the calendar's own
// exception for that date wins; otherwise the work week covering the date, or the calendar's
// normal week; a day the calendar leaves undefined comes from its base calendar, and a base
// calendar's undefined days follow MS Project's default week.

import type { DayNumber } from "../time/local-minute.js";

/** A working interval within one day, minutes after midnight; `to` is exclusive, at most 1440. */
export interface WorkingInterval {
  readonly from: number;
  readonly to: number;
}

/**
 * One day's working time: intervals sorted and disjoint, or empty for a non-working day.
 * `undefined` in a week means "not defined here, inherit from the base calendar".
 */
export type DayHours = readonly WorkingInterval[];

/** Seven entries, Sunday first; `undefined` entries inherit. */
export type WeekHours = readonly (DayHours | undefined)[];

/** Position of a weekday in a month. */
export type MonthPosition = "first" | "second" | "third" | "fourth" | "last";

/** How an exception repeats between its first and last day (see ExceptionSpec). */
export type Recurrence =
  | { readonly kind: "daily"; readonly everyDays: number }
  | { readonly kind: "weekly"; readonly everyWeeks: number; readonly days: readonly number[] }
  | { readonly kind: "monthlyByDay"; readonly everyMonths: number; readonly dayOfMonth: number }
  | {
      readonly kind: "monthlyByPosition";
      readonly everyMonths: number;
      readonly position: MonthPosition;
      readonly dayOfWeek: number;
    }
  | { readonly kind: "yearlyByDay"; readonly month: number; readonly dayOfMonth: number }
  | {
      readonly kind: "yearlyByPosition";
      readonly month: number;
      readonly position: MonthPosition;
      readonly dayOfWeek: number;
    };

/**
 * Exceptional hours on the dates from `fromDay` to `toDay` (inclusive) that match `recurrence`,
 * stopping after `occurrences` matches when given. Empty `hours` is a holiday.
 */
export interface ExceptionSpec {
  readonly fromDay: DayNumber;
  readonly toDay: DayNumber;
  readonly recurrence: Recurrence;
  readonly occurrences?: number;
  readonly hours: DayHours;
}

/** A period with its own normal week; its undefined days fall back to the calendar's week. */
export interface WorkWeekSpec {
  readonly fromDay: DayNumber;
  readonly toDay: DayNumber;
  readonly week: WeekHours;
}

/** A calendar as the engine takes it. `base` is the index of its base calendar, if derived. */
export interface CalendarSpec {
  /** A name for messages (e.g. "Standard"). */
  readonly name: string;
  readonly base?: number;
  readonly week: WeekHours;
  readonly exceptions: readonly ExceptionSpec[];
  readonly workWeeks: readonly WorkWeekSpec[];
  /** The week starts on this day for weekly recurrences (0 = Sunday; MS Project default Monday). */
  readonly weekStartDay?: number;
  /**
   * Indexes of calendars whose common working time this calendar is; its own week, exceptions,
   * work weeks and base are then unused. MS Project schedules a task that has a calendar of its
   * own and resources on the time both calendars work (unless the task ignores resource
   * calendars).
   */
  readonly intersectionOf?: readonly number[];
}

const MORNING: WorkingInterval = { from: 8 * 60, to: 12 * 60 };
const AFTERNOON: WorkingInterval = { from: 13 * 60, to: 17 * 60 };

/** MS Project's default week: Monday–Friday 08:00–12:00 and 13:00–17:00. */
export const DEFAULT_WEEK: WeekHours = [
  [],
  [MORNING, AFTERNOON],
  [MORNING, AFTERNOON],
  [MORNING, AFTERNOON],
  [MORNING, AFTERNOON],
  [MORNING, AFTERNOON],
  [],
];

/** A calendar that works around the clock, every day: what elapsed durations count on. */
export const ELAPSED_CALENDAR: CalendarSpec = {
  name: "elapsed (24 hours, 7 days)",
  week: Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]),
  exceptions: [],
  workWeeks: [],
};
