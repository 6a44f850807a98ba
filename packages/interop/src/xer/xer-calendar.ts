// Reads a P6 calendar's `clndr_data`, a nested text format:
//   (0||CalendarData()(
//     (0||DaysOfWeek()( (0||1()()) (0||2()( (0||0(s|08:00|f|12:00)()) (0||1(s|13:00|f|17:00)()) )) … ))
//     (0||Exceptions()( (0||0(d|43650)()) (0||1(d|43651)( (0||0(s|08:00|f|12:00)()) )) ))))
// Each node is `(0||name(attributes)(children))`. Days of the week are 1 = Sunday … 7 =
// Saturday; a day listed without intervals does not work, a day not listed is inherited from the
// base calendar. Exception dates are day serials counted from 1899-12-30 (the spreadsheet epoch);
// an exception without intervals is a holiday.

import { dayNumberOf, formatDayNumber } from "@orrery/scheduler/time/local-minute";
import { isLocalDate, type LocalDate } from "../document/local-date-time.js";
import type {
  CalendarDefinition,
  CalendarException,
  DayOfWeek,
  WeekDayDefinition,
  WorkingTimeRange,
} from "../document/project-document.js";
import { toCalendarUid } from "../document/record-uids.js";
import type { XerFields } from "./xer-fields.js";

/** One node of the calendar data tree. */
interface CalendarNode {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly CalendarNode[];
}

/** A calendar's week and exceptions as P6 defines them. */
export interface XerCalendarData {
  readonly weekDays: readonly WeekDayDefinition[];
  readonly exceptions: readonly CalendarException[];
}

/** Thrown (and turned into a ProjectFileError by the reader) when the data is not well-formed. */
export class XerCalendarSyntaxError extends Error {
  override readonly name = "XerCalendarSyntaxError";
}

const SERIAL_EPOCH = dayNumberOf(1899, 12, 30);

/** Parses `clndr_data`. Empty data is a calendar that defines nothing itself. */
export function parseXerCalendarData(data: string): XerCalendarData {
  // P6 may break long data with DEL characters or line breaks; they carry no meaning.
  const text = data.replace(/[\u007f\s]/g, "");
  if (text.length === 0) return { weekDays: [], exceptions: [] };
  let position = 0;
  const expect = (char: string) => {
    if (text[position] !== char) {
      throw new XerCalendarSyntaxError(
        `expected "${char}" at character ${position + 1} of the calendar data`,
      );
    }
    position++;
  };
  const readUntil = (char: string): string => {
    const end = text.indexOf(char, position);
    if (end < 0)
      throw new XerCalendarSyntaxError(`missing "${char}" after character ${position + 1}`);
    const value = text.slice(position, end);
    position = end;
    return value;
  };
  const parseNode = (): CalendarNode => {
    expect("(");
    readUntil("|");
    expect("|");
    expect("|");
    const name = readUntil("(");
    expect("(");
    const attributeText = readUntil(")");
    expect(")");
    expect("(");
    const children: CalendarNode[] = [];
    while (text[position] === "(") children.push(parseNode());
    expect(")");
    expect(")");
    return { name, attributes: parseAttributes(attributeText), children };
  };
  const root = parseNode();
  const section = (name: string) =>
    root.children.find((child) => child.name === name)?.children ?? [];
  return {
    weekDays: section("DaysOfWeek").map(readWeekDay),
    exceptions: mergeConsecutive(section("Exceptions").map(readException)),
  };
}

function parseAttributes(text: string): ReadonlyMap<string, string> {
  const parts = text.split("|");
  const attributes = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) attributes.set(parts[i] ?? "", parts[i + 1] ?? "");
  return attributes;
}

function readWeekDay(node: CalendarNode): WeekDayDefinition {
  const number = Number(node.name);
  const day = ([0, 1, 2, 3, 4, 5, 6] as const)[number - 1];
  if (day === undefined)
    throw new XerCalendarSyntaxError(`"${node.name}" is not a day of the week (1–7)`);
  const workingTimes = readIntervals(node);
  return { day: day satisfies DayOfWeek, working: workingTimes.length > 0, workingTimes };
}

function readException(node: CalendarNode): { date: LocalDate; workingTimes: WorkingTimeRange[] } {
  const serial = Number(node.attributes.get("d"));
  if (!Number.isInteger(serial)) {
    throw new XerCalendarSyntaxError(
      `an exception has no day serial (d|…), got "${node.attributes.get("d") ?? ""}"`,
    );
  }
  const date = formatDayNumber(SERIAL_EPOCH + serial);
  if (!isLocalDate(date))
    throw new XerCalendarSyntaxError(`exception day ${serial} is out of range`);
  return { date, workingTimes: readIntervals(node) };
}

/**
 * Reads `(s|08:00|f|12:00)` intervals. A finish of 00:00 is midnight at the end of the day; a
 * finish on minute 59 (`11:59`, written by older P6 versions for "until 12:00") is rounded up.
 */
function readIntervals(node: CalendarNode): WorkingTimeRange[] {
  const ranges = node.children.map((child): WorkingTimeRange => {
    const from = parseTime(child.attributes.get("s"));
    let to = parseTime(child.attributes.get("f"));
    if (from === undefined || to === undefined) {
      throw new XerCalendarSyntaxError(
        `a working interval needs s|HH:MM and f|HH:MM, got "${[...child.attributes].flat().join("|")}"`,
      );
    }
    if (to % 60 === 59) to += 1;
    if (to <= from) to = to === 0 ? 1440 : to;
    if (to <= from)
      throw new XerCalendarSyntaxError(
        `the interval ${child.attributes.get("s")}–${child.attributes.get("f")} ends before it starts`,
      );
    return { fromMinuteOfDay: from, toMinuteOfDay: to };
  });
  return ranges.sort((a, b) => a.fromMinuteOfDay - b.fromMinuteOfDay);
}

function parseTime(text: string | undefined): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text ?? "");
  if (match === null) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/** Runs of consecutive days with the same hours become one exception (P6 lists days singly). */
function mergeConsecutive(
  days: readonly { date: LocalDate; workingTimes: WorkingTimeRange[] }[],
): CalendarException[] {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const exceptions: CalendarException[] = [];
  for (const day of sorted) {
    const last = exceptions[exceptions.length - 1];
    if (
      last !== undefined &&
      isNextDay(last.toDate, day.date) &&
      sameHours(last.workingTimes, day.workingTimes)
    ) {
      exceptions[exceptions.length - 1] = { ...last, toDate: day.date };
      continue;
    }
    if (last !== undefined && last.toDate >= day.date) continue;
    exceptions.push({
      fromDate: day.date,
      toDate: day.date,
      recurrence: { kind: "daily", everyDays: 1 },
      working: day.workingTimes.length > 0,
      workingTimes: day.workingTimes,
    });
  }
  return exceptions;
}

function isNextDay(previous: LocalDate, next: LocalDate): boolean {
  const [py, pm, pd] = previous.split("-").map(Number);
  const [ny, nm, nd] = next.split("-").map(Number);
  return dayNumberOf(ny ?? 0, nm ?? 0, nd ?? 0) - dayNumberOf(py ?? 0, pm ?? 0, pd ?? 0) === 1;
}

function sameHours(a: readonly WorkingTimeRange[], b: readonly WorkingTimeRange[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (range, i) =>
        range.fromMinuteOfDay === b[i]?.fromMinuteOfDay &&
        range.toMinuteOfDay === b[i]?.toMinuteOfDay,
    )
  );
}

/** Reads one CALENDAR record: its id, name, base calendar and clndr_data. */
export function readXerCalendar(fields: XerFields): CalendarDefinition {
  const uid = fields.requiredId("clndr_id");
  const base = fields.id("base_clndr_id");
  try {
    const data = parseXerCalendarData(fields.text("clndr_data") ?? "");
    return {
      uid: toCalendarUid(uid),
      name: fields.text("clndr_name") ?? `Calendar ${uid}`,
      isBaseCalendar: base === undefined,
      baseCalendarUid: base === undefined ? undefined : toCalendarUid(base),
      weekDays: data.weekDays,
      exceptions: data.exceptions,
      workWeeks: [],
    };
  } catch (error) {
    if (error instanceof XerCalendarSyntaxError)
      throw fields.error("malformed", "clndr_data", error.message);
    throw error;
  }
}
