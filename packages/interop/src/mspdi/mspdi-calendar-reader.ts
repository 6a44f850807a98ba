// Reads one MSPDI <Calendar>: its week, its exceptions (MS Project 2007+ <Exceptions>, or the
// older form, <WeekDay> entries with DayType 0 and a TimePeriod, used only when the newer one is
// absent, as MS Project does) and its work weeks.

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
import { toCalendarUid } from "../document/record-uids.js";
import { parseMspdiTimeOfDay } from "./mspdi-dates.js";
import { MspdiFields, type MspdiSource, mspdiFields } from "./mspdi-fields.js";

/** The elements this reader looks at. */
const FIELD = mspdiFields([
  "UID",
  "BaseCalendarUID",
  "WeekDays",
  "Exceptions",
  "DayType",
  "WorkWeeks",
  "IsBaseCalendar",
  "Name",
  "GUID",
  "IsBaselineCalendar",
  "DayWorking",
  "WorkingTimes",
  "FromTime",
  "ToTime",
  "TimePeriod",
  "FromDate",
  "ToDate",
  "EnteredByOccurrences",
  "Occurrences",
  "Type",
  "Period",
  "DaysOfWeek",
  "MonthDay",
  "Month",
  "MonthPosition",
  "MonthItem",
]);

const DAYS_OF_WEEK: readonly DayOfWeek[] = [0, 1, 2, 3, 4, 5, 6];
const MONTH_POSITIONS: readonly WeekOfMonth[] = ["first", "second", "third", "fourth", "last"];
const WEEKDAYS: readonly DayOfWeek[] = [1, 2, 3, 4, 5];

/** MS Project's hours for a day marked working without times of its own. */
const DEFAULT_WORKING_TIMES: readonly WorkingTimeRange[] = [
  { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
  { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
];

/** Reads one `<Calendar>` element, the record at `row` of the source's table. */
export function readMspdiCalendar(source: MspdiSource, row: number): CalendarDefinition {
  const unplaced = new MspdiFields(source, row, "Project/Calendars/Calendar");
  const uid = unplaced.requiredInt(FIELD.UID);
  const fields = unplaced.at(`Project/Calendars/Calendar[UID=${uid}]`);
  const baseUid = fields.int(FIELD.BaseCalendarUID);
  const weekDayElements = fields.child(FIELD.WeekDays)?.children() ?? [];
  const exceptionElements = fields.child(FIELD.Exceptions)?.children() ?? [];
  const weekDays: WeekDayDefinition[] = [];
  const legacyExceptions: CalendarException[] = [];
  for (const day of weekDayElements) {
    const dayType = day.requiredInt(FIELD.DayType);
    if (dayType === 0) {
      if (exceptionElements.length === 0) legacyExceptions.push(readLegacyException(day));
      continue;
    }
    const dayOfWeek = DAYS_OF_WEEK[dayType - 1];
    if (dayOfWeek === undefined)
      throw day.error("invalid-value", FIELD.DayType, `${dayType} is not 0–7`);
    weekDays.push(readWeekDay(day, dayOfWeek));
  }
  const exceptions = exceptionElements.map(readException);
  const workWeeks = (fields.child(FIELD.WorkWeeks)?.children() ?? []).map(readWorkWeek);
  // MS Project writes -1 for "no base calendar", and 2016 and later write 0.
  const isBaseCalendar =
    fields.bool(FIELD.IsBaseCalendar) ?? (baseUid === undefined || baseUid <= 0);
  return {
    uid: toCalendarUid(uid),
    name: fields.text(FIELD.Name) ?? "",
    guid: fields.text(FIELD.GUID),
    isBaseCalendar,
    isBaselineCalendar: fields.bool(FIELD.IsBaselineCalendar),
    // A base calendar stands alone whatever its BaseCalendarUID: MS Project writes -1 there,
    // and 2016 and later write 0, which would name a calendar 0 where a file has one. A derived
    // calendar's 0 is settled once every calendar is read (`dropMissingBaseZero`).
    baseCalendarUid:
      !isBaseCalendar && baseUid !== undefined && baseUid >= 0 ? toCalendarUid(baseUid) : undefined,
    weekDays,
    exceptions: [...legacyExceptions, ...exceptions],
    workWeeks,
  };
}

/**
 * BaseCalendarUID 0 on a derived calendar: a reference to calendar 0 when the file has one,
 * otherwise MS Project 2016's way of writing "no base calendar" (older versions write -1).
 */
export function dropMissingBaseZero(calendars: CalendarDefinition[]): void {
  if (calendars.some((calendar) => calendar.uid === 0)) return;
  for (let i = 0; i < calendars.length; i++) {
    const calendar = calendars[i];
    if (calendar?.baseCalendarUid === 0) calendars[i] = { ...calendar, baseCalendarUid: undefined };
  }
}

function readWeekDay(day: MspdiFields, dayOfWeek: DayOfWeek): WeekDayDefinition {
  const working = day.bool(FIELD.DayWorking) ?? false;
  const times = readWorkingTimes(day);
  return {
    day: dayOfWeek,
    working,
    workingTimes: working ? (times.length > 0 ? times : DEFAULT_WORKING_TIMES) : [],
  };
}

function readWorkingTimes(fields: MspdiFields): WorkingTimeRange[] {
  const ranges: WorkingTimeRange[] = [];
  for (const range of fields.child(FIELD.WorkingTimes)?.children() ?? []) {
    const fromText = range.text(FIELD.FromTime);
    const toText = range.text(FIELD.ToTime);
    if (fromText === undefined || toText === undefined) continue;
    const from = parseMspdiTimeOfDay(fromText, false);
    const to = parseMspdiTimeOfDay(toText, true);
    if (from === undefined)
      throw range.error("invalid-value", FIELD.FromTime, `"${fromText}" is not a time`);
    if (to === undefined)
      throw range.error("invalid-value", FIELD.ToTime, `"${toText}" is not a time`);
    if (to > from) ranges.push({ fromMinuteOfDay: from, toMinuteOfDay: to });
  }
  return ranges.sort((a, b) => a.fromMinuteOfDay - b.fromMinuteOfDay);
}

function readPeriod(fields: MspdiFields): { fromDate: LocalDate; toDate: LocalDate } {
  const dates = fields.child(FIELD.TimePeriod);
  if (dates === undefined) throw fields.error("missing-field", FIELD.TimePeriod, "is required");
  const fromDate = dates.date(FIELD.FromDate);
  const toDate = dates.date(FIELD.ToDate) ?? fromDate;
  if (fromDate === undefined || toDate === undefined) {
    throw dates.error("missing-field", FIELD.FromDate, "is required");
  }
  if (toDate < fromDate) throw dates.error("invalid-value", FIELD.ToDate, "is before FromDate");
  return { fromDate, toDate };
}

function readLegacyException(day: MspdiFields): CalendarException {
  const dates = day.child(FIELD.TimePeriod) ?? day.at(`${day.path}/TimePeriod`);
  const fromDate = dates.date(FIELD.FromDate);
  const toDate = dates.date(FIELD.ToDate) ?? fromDate;
  if (fromDate === undefined || toDate === undefined)
    throw dates.error("missing-field", FIELD.FromDate, "is required");
  const working = day.bool(FIELD.DayWorking) ?? false;
  return {
    fromDate,
    toDate,
    recurrence: { kind: "daily", everyDays: 1 },
    working,
    workingTimes: working ? readWorkingTimes(day) : [],
  };
}

function readException(exception: MspdiFields): CalendarException {
  const dates = exception.child(FIELD.TimePeriod) ?? exception.at(`${exception.path}/TimePeriod`);
  const fromDate = dates.date(FIELD.FromDate);
  const toDate = dates.date(FIELD.ToDate) ?? fromDate;
  if (fromDate === undefined || toDate === undefined) {
    throw dates.error("missing-field", FIELD.FromDate, "is required");
  }
  const working = exception.bool(FIELD.DayWorking) ?? false;
  const byOccurrences = exception.bool(FIELD.EnteredByOccurrences) ?? false;
  const occurrences = exception.int(FIELD.Occurrences);
  return {
    name: exception.text(FIELD.Name),
    fromDate,
    toDate,
    recurrence: readRecurrence(exception),
    occurrences: byOccurrences ? occurrences : undefined,
    working,
    workingTimes: working ? readWorkingTimes(exception) : [],
  };
}

/** MSPDI exception `Type` (pjExceptionType 1–8) and its detail fields. */
function readRecurrence(exception: MspdiFields): ExceptionRecurrence {
  const type = exception.int(FIELD.Type) ?? 1;
  const every = Math.max(1, exception.int(FIELD.Period) ?? 1);
  switch (type) {
    case 1:
    case 7:
      return { kind: "daily", everyDays: every };
    case 8:
      return { kind: "weekly", everyWeeks: 1, days: WEEKDAYS };
    case 6: {
      const mask = exception.int(FIELD.DaysOfWeek) ?? 0;
      return {
        kind: "weekly",
        everyWeeks: every,
        days: DAYS_OF_WEEK.filter((d) => (mask & (1 << d)) !== 0),
      };
    }
    case 4:
      return {
        kind: "monthlyByDay",
        everyMonths: every,
        dayOfMonth: requiredDayOfMonth(exception),
      };
    case 5:
      return { kind: "monthlyByPosition", everyMonths: every, ...readPosition(exception) };
    case 2:
      return {
        kind: "yearlyByDay",
        month: readMonth(exception),
        dayOfMonth: requiredDayOfMonth(exception),
      };
    case 3:
      return { kind: "yearlyByPosition", month: readMonth(exception), ...readPosition(exception) };
    default:
      throw exception.error("invalid-value", FIELD.Type, `${type} is not an exception type (1–8)`);
  }
}

function requiredDayOfMonth(exception: MspdiFields): number {
  const day = exception.int(FIELD.MonthDay);
  if (day === undefined || day < 1 || day > 31)
    throw exception.error("invalid-value", FIELD.MonthDay, "must be 1–31");
  return day;
}

function readMonth(exception: MspdiFields): number {
  const month = exception.int(FIELD.Month);
  if (month === undefined || month < 0 || month > 11)
    throw exception.error("invalid-value", FIELD.Month, "must be 0–11");
  return month + 1;
}

/** MonthPosition 0–4 = first…last; MonthItem 3–9 = Sunday…Saturday. */
function readPosition(exception: MspdiFields): { position: WeekOfMonth; day: DayOfWeek } {
  const position = MONTH_POSITIONS[exception.int(FIELD.MonthPosition) ?? -1];
  if (position === undefined)
    throw exception.error("invalid-value", FIELD.MonthPosition, "must be 0–4");
  const day = DAYS_OF_WEEK[(exception.int(FIELD.MonthItem) ?? -1) - 3];
  if (day === undefined)
    throw exception.error("unsupported", FIELD.MonthItem, "must name a day of the week (3–9)");
  return { position, day };
}

function readWorkWeek(week: MspdiFields): WorkWeek {
  const { fromDate, toDate } = readPeriod(week);
  const weekDays: WeekDayDefinition[] = [];
  for (const day of week.child(FIELD.WeekDays)?.children() ?? []) {
    const dayType = day.requiredInt(FIELD.DayType);
    const dayOfWeek = DAYS_OF_WEEK[dayType - 1];
    if (dayOfWeek === undefined)
      throw day.error("invalid-value", FIELD.DayType, `${dayType} is not 1–7`);
    weekDays.push(readWeekDay(day, dayOfWeek));
  }
  return { name: week.text(FIELD.Name), fromDate, toDate, weekDays };
}
