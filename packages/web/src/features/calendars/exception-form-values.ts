import type { CalendarException } from "@orrery/contracts/calendars";
import type { z } from "zod";
import {
  DAY_NAMES,
  formatWorkingTimes,
  parseWorkingTimes,
  STANDARD_HOURS,
} from "./working-times.js";

// An exception as its form edits it (MS Project's Change Working Time > Exceptions > Details):
// a named date range, non-working or with its own hours, repeating by one of the patterns the
// API takes, ending on its last date or after a number of occurrences.

export type Exception = z.infer<typeof CalendarException>;
type Recurrence = Exception["recurrence"];
export type RepeatKind = Recurrence["kind"];
type Position = Extract<Recurrence, { position: string }>["position"];

export const POSITIONS: readonly Position[] = ["first", "second", "third", "fourth", "last"];
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export interface ExceptionValues {
  name: string;
  fromDate: string;
  toDate: string;
  working: boolean;
  hours: string;
  repeat: RepeatKind;
  /** Every N days, weeks or months. */
  every: number;
  /** Weekly: the days (0 = Sunday). */
  days: number[];
  dayOfMonth: number;
  position: Position;
  /** Monthly/yearly by position: the weekday. */
  day: number;
  month: number;
  /** Empty: the series ends on `toDate`. */
  occurrences: string;
}

/** The form's values for a new exception on `date` (a one-day holiday) or for `exception`. */
export function exceptionValuesOf(exception: Exception | null, date: string): ExceptionValues {
  const r: Recurrence = exception?.recurrence ?? { kind: "daily", everyDays: 1 };
  const from = exception?.fromDate ?? date;
  const weekday = new Date(`${from}T00:00:00Z`).getUTCDay();
  return {
    name: exception?.name ?? "",
    fromDate: from,
    toDate: exception?.toDate ?? date,
    working: exception?.working ?? false,
    hours: formatWorkingTimes(exception?.working ? (exception.workingTimes ?? []) : STANDARD_HOURS),
    repeat: r.kind,
    every:
      r.kind === "daily"
        ? r.everyDays
        : r.kind === "weekly"
          ? r.everyWeeks
          : r.kind === "monthlyByDay" || r.kind === "monthlyByPosition"
            ? r.everyMonths
            : 1,
    days: r.kind === "weekly" ? [...r.days] : [weekday],
    dayOfMonth: "dayOfMonth" in r ? r.dayOfMonth : Number(from.slice(8, 10)),
    position: "position" in r ? r.position : "first",
    day: "day" in r ? r.day : weekday,
    month: "month" in r ? r.month : Number(from.slice(5, 7)),
    occurrences: exception?.occurrences === undefined ? "" : String(exception.occurrences),
  };
}

function recurrenceOf(v: ExceptionValues): Recurrence {
  switch (v.repeat) {
    case "daily":
      return { kind: "daily", everyDays: v.every };
    case "weekly":
      return { kind: "weekly", everyWeeks: v.every, days: [...v.days].sort((a, b) => a - b) };
    case "monthlyByDay":
      return { kind: "monthlyByDay", everyMonths: v.every, dayOfMonth: v.dayOfMonth };
    case "monthlyByPosition":
      return {
        kind: "monthlyByPosition",
        everyMonths: v.every,
        position: v.position,
        day: v.day,
      };
    case "yearlyByDay":
      return { kind: "yearlyByDay", month: v.month, dayOfMonth: v.dayOfMonth };
    case "yearlyByPosition":
      return { kind: "yearlyByPosition", month: v.month, position: v.position, day: v.day };
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the form, by field; empty when it can be sent. */
export function exceptionErrors(v: ExceptionValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.name.length > 200) errors.name = "At most 200 characters";
  if (!DATE.test(v.fromDate)) errors.fromDate = "From is required";
  if (!DATE.test(v.toDate)) errors.toDate = "To is required";
  else if (DATE.test(v.fromDate) && v.toDate < v.fromDate) errors.toDate = "To is before From";
  if (v.working) {
    const parsed = parseWorkingTimes(v.hours);
    if (!parsed.ok) errors.hours = parsed.error;
  }
  const uses = (kinds: RepeatKind[]) => kinds.includes(v.repeat);
  if (uses(["daily", "weekly", "monthlyByDay", "monthlyByPosition"]))
    if (!Number.isInteger(v.every) || v.every < 1 || v.every > 1000)
      errors.every = "A whole number from 1 to 1000";
  if (v.repeat === "weekly" && v.days.length === 0) errors.days = "Choose at least one day";
  if (uses(["monthlyByDay", "yearlyByDay"]))
    if (!Number.isInteger(v.dayOfMonth) || v.dayOfMonth < 1 || v.dayOfMonth > 31)
      errors.dayOfMonth = "A day from 1 to 31";
  if (v.occurrences.trim() !== "") {
    const n = Number(v.occurrences);
    if (!Number.isInteger(n) || n < 1 || n > 10_000)
      errors.occurrences = "A whole number from 1 to 10000, or empty";
  }
  return errors;
}

/** The API's exception for valid form values (check `exceptionErrors` first). */
export function exceptionOf(v: ExceptionValues): Exception {
  const parsed = v.working ? parseWorkingTimes(v.hours) : null;
  const name = v.name.trim();
  return {
    ...(name === "" ? {} : { name }),
    fromDate: v.fromDate,
    toDate: v.toDate,
    recurrence: recurrenceOf(v),
    ...(v.occurrences.trim() === "" ? {} : { occurrences: Number(v.occurrences) }),
    working: v.working,
    workingTimes: parsed?.ok ? parsed.ranges : [],
  };
}

const SHORT_DAYS = DAY_NAMES.map((d) => d.slice(0, 3));

/** `Every 2 weeks on Mon, Wed`, `Yearly on the last Monday of May`, `Every day`. */
export function describeRecurrence(r: Recurrence | undefined): string {
  if (r === undefined) return "Every day";
  const every = (n: number, unit: string) => (n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`);
  switch (r.kind) {
    case "daily":
      return every(r.everyDays, "day");
    case "weekly":
      return `${every(r.everyWeeks, "week")} on ${r.days.map((d) => SHORT_DAYS[d]).join(", ")}`;
    case "monthlyByDay":
      return `${every(r.everyMonths, "month")} on day ${r.dayOfMonth}`;
    case "monthlyByPosition":
      return `${every(r.everyMonths, "month")} on the ${r.position} ${DAY_NAMES[r.day]}`;
    case "yearlyByDay":
      return `Yearly on ${r.dayOfMonth} ${MONTH_NAMES[r.month - 1]}`;
    case "yearlyByPosition":
      return `Yearly on the ${r.position} ${DAY_NAMES[r.day]} of ${MONTH_NAMES[r.month - 1]}`;
  }
}
