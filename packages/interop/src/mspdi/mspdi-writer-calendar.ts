// Writes <Calendars>: each calendar's week, its exceptions (the MS Project 2007+ <Exceptions>
// form, recurring ones included) and its work weeks, children in the order of the MSPDI schema
// (mspdi_pj12.xsd, Calendar: UID, GUID, Name, IsBaseCalendar, IsBaselineCalendar,
// BaseCalendarUID, WeekDays, Exceptions, WorkWeeks).

import type { Recurrence } from "@orrery/scheduler/calendar/calendar-spec";
import { exceptionDays } from "@orrery/scheduler/calendar/exception-recurrence";
import { dayOf, parseLocalMinute } from "@orrery/scheduler/time/local-minute";
import type { LocalDate } from "../document/local-date-time.js";
import type {
  CalendarDefinition,
  CalendarException,
  DayOfWeek,
  ExceptionRecurrence,
  WeekDayDefinition,
  WeekOfMonth,
  WorkingTimeRange,
  WorkWeek,
} from "../document/project-document.js";
import { formatMspdiDate, formatMspdiTimeOfDay } from "./mspdi-dates.js";
import type { MspdiXmlWriter } from "./mspdi-writer-xml.js";

const MONTH_POSITIONS: readonly WeekOfMonth[] = ["first", "second", "third", "fourth", "last"];

/** MSPDI exception `Type` codes (pjExceptionType). */
const EXCEPTION_TYPE = {
  daily: 1,
  yearlyByDay: 2,
  yearlyByPosition: 3,
  monthlyByDay: 4,
  monthlyByPosition: 5,
  weekly: 6,
} as const;

/** Writes every calendar. `weekStartDay` is the project's, which weekly recurrences count from. */
export function writeMspdiCalendars(
  xml: MspdiXmlWriter,
  calendars: readonly CalendarDefinition[],
  weekStartDay: DayOfWeek,
): void {
  xml.list("Calendars", calendars, (calendar) => {
    xml.element("Calendar", () => {
      xml.number("UID", calendar.uid);
      xml.text("GUID", calendar.guid);
      xml.text("Name", calendar.name);
      xml.flag("IsBaseCalendar", calendar.isBaseCalendar);
      xml.flag("IsBaselineCalendar", calendar.isBaselineCalendar);
      xml.number("BaseCalendarUID", calendar.baseCalendarUid);
      xml.list("WeekDays", calendar.weekDays, (day) => writeWeekDay(xml, day));
      xml.list("Exceptions", calendar.exceptions, (exception) =>
        writeException(xml, exception, weekStartDay),
      );
      xml.list("WorkWeeks", calendar.workWeeks, (week) => writeWorkWeek(xml, week));
    });
  });
}

function writeWeekDay(xml: MspdiXmlWriter, day: WeekDayDefinition): void {
  xml.element("WeekDay", () => {
    // DayType 1 = Sunday … 7 = Saturday (0 is the pre-2007 exception form, not written).
    xml.number("DayType", day.day + 1);
    xml.flag("DayWorking", day.working);
    writeWorkingTimes(xml, day.working ? day.workingTimes : []);
  });
}

function writeWorkingTimes(xml: MspdiXmlWriter, ranges: readonly WorkingTimeRange[]): void {
  xml.list("WorkingTimes", ranges, (range) => {
    xml.element("WorkingTime", () => {
      xml.text("FromTime", formatMspdiTimeOfDay(range.fromMinuteOfDay));
      xml.text("ToTime", formatMspdiTimeOfDay(range.toMinuteOfDay));
    });
  });
}

function writeTimePeriod(xml: MspdiXmlWriter, fromDate: LocalDate, toDate: LocalDate): void {
  xml.element("TimePeriod", () => {
    xml.text("FromDate", formatMspdiDate(fromDate));
    // MS Project closes a period at the last minute of its last day.
    xml.text("ToDate", `${toDate}T23:59:00`);
  });
}

function writeException(
  xml: MspdiXmlWriter,
  exception: CalendarException,
  weekStartDay: DayOfWeek,
): void {
  const recurrence = exception.recurrence;
  xml.element("Exception", () => {
    xml.flag("EnteredByOccurrences", exception.occurrences !== undefined);
    writeTimePeriod(xml, exception.fromDate, exception.toDate);
    xml.number("Occurrences", exception.occurrences ?? countOccurrences(exception, weekStartDay));
    xml.text("Name", exception.name);
    xml.number("Type", EXCEPTION_TYPE[recurrence.kind]);
    switch (recurrence.kind) {
      case "daily":
        xml.number("Period", recurrence.everyDays === 1 ? undefined : recurrence.everyDays);
        break;
      case "weekly":
        xml.number("Period", recurrence.everyWeeks);
        // Bit d set for day d (1 = Sunday, 2 = Monday, 4 = Tuesday …).
        xml.number(
          "DaysOfWeek",
          recurrence.days.reduce<number>((mask, day) => mask | (1 << day), 0),
        );
        break;
      case "monthlyByDay":
        xml.number("Period", recurrence.everyMonths);
        xml.number("MonthDay", recurrence.dayOfMonth);
        break;
      case "monthlyByPosition":
        xml.number("Period", recurrence.everyMonths);
        writePosition(xml, recurrence.position, recurrence.day);
        break;
      case "yearlyByDay":
        xml.number("Month", recurrence.month - 1);
        xml.number("MonthDay", recurrence.dayOfMonth);
        break;
      case "yearlyByPosition":
        writePosition(xml, recurrence.position, recurrence.day);
        xml.number("Month", recurrence.month - 1);
        break;
    }
    xml.flag("DayWorking", exception.working);
    writeWorkingTimes(xml, exception.working ? exception.workingTimes : []);
  });
}

/** MonthItem 3–9 = Sunday…Saturday, MonthPosition 0–4 = first…last (schema order: item first). */
function writePosition(xml: MspdiXmlWriter, position: WeekOfMonth, day: DayOfWeek): void {
  xml.number("MonthItem", day + 3);
  xml.number("MonthPosition", MONTH_POSITIONS.indexOf(position));
}

function writeWorkWeek(xml: MspdiXmlWriter, week: WorkWeek): void {
  xml.element("WorkWeek", () => {
    writeTimePeriod(xml, week.fromDate, week.toDate);
    xml.text("Name", week.name);
    xml.list("WeekDays", week.weekDays, (day) => writeWeekDay(xml, day));
  });
}

/**
 * How many days a series covers between its first and last day. MS Project stores the count
 * beside the dates even when the series was entered by its end date.
 */
function countOccurrences(exception: CalendarException, weekStartDay: DayOfWeek): number {
  const from = parseLocalMinute(exception.fromDate);
  const to = parseLocalMinute(exception.toDate);
  if (from === undefined || to === undefined) return 1;
  const fromDay = dayOf(from);
  const toDay = dayOf(to);
  const spec = { fromDay, toDay, recurrence: toRecurrence(exception.recurrence), hours: [] };
  return exceptionDays(spec, weekStartDay, fromDay, toDay).length;
}

function toRecurrence(recurrence: ExceptionRecurrence): Recurrence {
  switch (recurrence.kind) {
    case "monthlyByPosition":
    case "yearlyByPosition": {
      const { day, ...rest } = recurrence;
      return { ...rest, dayOfWeek: day };
    }
    default:
      return recurrence;
  }
}
