// A document's calendars as the engine takes them (calendar-spec.ts in the scheduler), and the
// working hours they give each day, with where those come from: what the engine schedules on
// and what a calendar view shows are one resolution.

import type {
  CalendarSpec,
  DayHours,
  ExceptionSpec,
  Recurrence,
  WeekHours,
  WorkWeekSpec,
} from "@orrery/scheduler/calendar/calendar-spec";
import { CalendarChain, type ExplainedDay } from "@orrery/scheduler/calendar/day-resolution";
import { dayOf, parseLocalMinute } from "@orrery/scheduler/time/local-minute";
import type {
  CalendarDefinition,
  CalendarException,
  ExceptionRecurrence,
  WeekDayDefinition,
  WorkingTimeRange,
} from "./document/project-document.js";
import type { CalendarUid } from "./document/record-uids.js";

/**
 * The working hours of calendar `uid` on every date from `fromDate` to `toDate` (`YYYY-MM-DD`,
 * inclusive), each with the exception, work week or week (its own or a base calendar's) that
 * decided it. Empty when the calendar or a date is unknown.
 */
export function explainCalendarDays(
  calendars: readonly CalendarDefinition[],
  uid: CalendarUid,
  weekStartDay: number,
  fromDate: string,
  toDate: string,
): ExplainedDay[] {
  const index = calendars.findIndex((calendar) => calendar.uid === uid);
  const fromDay = dayOfDate(fromDate);
  const toDay = dayOfDate(toDate);
  if (index < 0 || fromDay === undefined || toDay === undefined) return [];
  const specs = calendars.map((calendar) => toCalendarSpec(calendar, calendars, weekStartDay));
  return new CalendarChain(specs, index).explainWindow(fromDay, toDay);
}

/** A document's calendar as the engine takes it; `calendars` are the document's, for its base. */
export function toCalendarSpec(
  calendar: CalendarDefinition,
  calendars: readonly CalendarDefinition[],
  weekStartDay: number,
): CalendarSpec {
  const base =
    calendar.baseCalendarUid === undefined
      ? undefined
      : calendars.findIndex((candidate) => candidate.uid === calendar.baseCalendarUid);
  return {
    name: calendar.name,
    base: base === undefined || base < 0 ? undefined : base,
    week: toWeekHours(calendar.weekDays),
    exceptions: calendar.exceptions.flatMap((exception) => toExceptionSpec(exception)),
    workWeeks: calendar.workWeeks.flatMap((week): WorkWeekSpec[] => {
      const fromDay = dayOfDate(week.fromDate);
      const toDay = dayOfDate(week.toDate);
      return fromDay === undefined || toDay === undefined
        ? []
        : [{ fromDay, toDay, week: toWeekHours(week.weekDays) }];
    }),
    weekStartDay,
  };
}

function toWeekHours(days: readonly WeekDayDefinition[]): WeekHours {
  // Seven days, Sunday first, each undefined (inherited) until the calendar defines it.
  const week = Array.from({ length: 7 }, (): DayHours | undefined => undefined);
  for (const day of days) week[day.day] = day.working ? toHours(day.workingTimes) : [];
  return week;
}

function toHours(ranges: readonly WorkingTimeRange[]): DayHours {
  return ranges.map((range) => ({ from: range.fromMinuteOfDay, to: range.toMinuteOfDay }));
}

function dayOfDate(date: string): number | undefined {
  const moment = parseLocalMinute(date);
  return moment === undefined ? undefined : dayOf(moment);
}

function toExceptionSpec(exception: CalendarException): ExceptionSpec[] {
  const fromDay = dayOfDate(exception.fromDate);
  const toDay = dayOfDate(exception.toDate);
  if (fromDay === undefined || toDay === undefined) return [];
  return [
    {
      fromDay,
      toDay,
      recurrence: toRecurrence(exception.recurrence),
      occurrences: exception.occurrences,
      hours: exception.working ? toHours(exception.workingTimes) : [],
    },
  ];
}

function toRecurrence(recurrence: ExceptionRecurrence): Recurrence {
  switch (recurrence.kind) {
    case "daily":
      return recurrence;
    case "weekly":
      return { kind: "weekly", everyWeeks: recurrence.everyWeeks, days: recurrence.days };
    case "monthlyByDay":
      return recurrence;
    case "yearlyByDay":
      return recurrence;
    case "monthlyByPosition": {
      const { day, ...rest } = recurrence;
      return { ...rest, dayOfWeek: day };
    }
    case "yearlyByPosition": {
      const { day, ...rest } = recurrence;
      return { ...rest, dayOfWeek: day };
    }
  }
}
