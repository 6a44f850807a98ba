// A calendar as JSON carries it (the API's shape and the store's columns): week days as numbers,
// dates as strings. The server reads stored calendars through it and the web app the API's, so
// both hand the engine the same CalendarDefinition.

import { isLocalDate, type LocalDate } from "./local-date-time.js";
import type {
  CalendarDefinition,
  CalendarException,
  DayOfWeek,
  ExceptionRecurrence,
  WeekDayDefinition,
  WorkingTimeRange,
  WorkWeek,
} from "./project-document.js";
import { toCalendarUid } from "./record-uids.js";

/** A document type with its week days (`DayOfWeek`) loosened to numbers, as JSON has them. */
type Plain<T> = T extends { readonly days: readonly DayOfWeek[] }
  ? Omit<T, "days"> & { readonly days: readonly number[] }
  : T extends { readonly day: DayOfWeek }
    ? Omit<T, "day"> & { readonly day: number }
    : T;

export type PlainWeekDay = Plain<WeekDayDefinition>;
export type PlainRecurrence = Plain<ExceptionRecurrence>;

export interface PlainException {
  readonly name?: string | undefined;
  readonly fromDate: string;
  readonly toDate: string;
  readonly recurrence: PlainRecurrence;
  readonly occurrences?: number | undefined;
  readonly working: boolean;
  readonly workingTimes: readonly WorkingTimeRange[];
}

export interface PlainWorkWeek {
  readonly name?: string | undefined;
  readonly fromDate: string;
  readonly toDate: string;
  readonly weekDays: readonly PlainWeekDay[];
}

export interface PlainCalendar {
  readonly uid: number;
  readonly name: string;
  readonly isBaseCalendar: boolean;
  readonly baseCalendarUid: number | null;
  readonly weekDays: readonly PlainWeekDay[];
  readonly exceptions: readonly PlainException[];
  readonly workWeeks: readonly PlainWorkWeek[];
}

/** A day of the week 0–6 (Sunday first); throws on anything else. */
export function toDayOfWeek(day: number): DayOfWeek {
  switch (day) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
      return day;
    default:
      throw new RangeError(`week day ${day} is not 0–6`);
  }
}

function toLocalDate(text: string): LocalDate {
  if (!isLocalDate(text)) throw new RangeError(`calendar date ${text} is not a date`);
  return text;
}

function weekDaysOf(days: readonly PlainWeekDay[]): WeekDayDefinition[] {
  return days.map((d) => ({
    day: toDayOfWeek(d.day),
    working: d.working,
    workingTimes: d.workingTimes,
  }));
}

function recurrenceOf(r: PlainRecurrence): ExceptionRecurrence {
  switch (r.kind) {
    case "weekly":
      return { ...r, days: r.days.map(toDayOfWeek) };
    case "monthlyByPosition":
    case "yearlyByPosition":
      return { ...r, day: toDayOfWeek(r.day) };
    default:
      return r;
  }
}

/** The name and dates of an exception or work week. */
function periodOf(p: { readonly name?: string | undefined; fromDate: string; toDate: string }) {
  return { name: p.name, fromDate: toLocalDate(p.fromDate), toDate: toLocalDate(p.toDate) };
}

function exceptionOf(e: PlainException): CalendarException {
  return {
    ...periodOf(e),
    recurrence: recurrenceOf(e.recurrence),
    occurrences: e.occurrences,
    working: e.working,
    workingTimes: e.workingTimes,
  };
}

function workWeekOf(w: PlainWorkWeek): WorkWeek {
  return {
    ...periodOf(w),
    weekDays: weekDaysOf(w.weekDays),
  };
}

/** The document's calendar for a plain one; throws on a week day or date out of range. */
export function calendarDefinitionOf(calendar: PlainCalendar): CalendarDefinition {
  return {
    uid: toCalendarUid(calendar.uid),
    name: calendar.name,
    isBaseCalendar: calendar.isBaseCalendar,
    baseCalendarUid:
      calendar.baseCalendarUid === null ? undefined : toCalendarUid(calendar.baseCalendarUid),
    weekDays: weekDaysOf(calendar.weekDays),
    exceptions: calendar.exceptions.map(exceptionOf),
    workWeeks: calendar.workWeeks.map(workWeekOf),
  };
}
