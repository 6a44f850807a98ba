/**
 * Schedule dates are wall-clock times without a zone (`2026-11-23T08:00:00`), as MS Project and
 * the engine write them. The Gantt counts them in minutes on a zone-free axis: UTC arithmetic
 * on the written fields, so no viewer's time zone or daylight saving can shift a bar.
 */
export type WallMinute = number;

/** Minutes since 1970-01-01T00:00 of a wall-clock date-time; `null` when it is not one. */
export function wallMinute(text: string): WallMinute | null {
  // Read by hand, without a regular expression or a Date: a large plan's grid and chart read
  // tens of thousands of dates after every edit. `YYYY-MM-DDTHH:MM`, optionally `:SS`.
  if (text.length !== 16 && !(text.length === 19 && text[16] === ":")) return null;
  if (text[4] !== "-" || text[7] !== "-" || text[10] !== "T" || text[13] !== ":") return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text.length === 19 && digits(text, 17, 2) < 0) return null;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return (daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute;
}

/** The number written by `length` digits at `from`, or -1 when one of them is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Hinnant's algorithm). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** A wall-clock minute as the API writes it, `2027-03-12T08:00:00`: `wallMinute`'s inverse. */
export function wallText(minute: WallMinute): string {
  return `${wallFields(Math.round(minute)).toISOString().slice(0, 16)}:00`;
}

/** The calendar fields of a wall-clock minute. */
export function wallFields(minute: WallMinute): Date {
  // A Date read only through its getUTC* methods: a field holder, never a moment in a zone.
  return new Date(minute * 60_000);
}

export const MINUTES_PER_DAY = 24 * 60;

/** Midnight of the minute's day. */
export function startOfDay(minute: WallMinute): WallMinute {
  return Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
}

/** Midnight of the Monday of the minute's week (1970-01-01 was a Thursday). */
export function startOfWeek(minute: WallMinute): WallMinute {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - sinceMonday) * MINUTES_PER_DAY;
}

/** Midnight of the first day of the month `months` after the minute's month (0 = its own). */
export function startOfMonth(minute: WallMinute, months = 0): WallMinute {
  const at = wallFields(minute);
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1) / 60_000;
}

/** The viewer's current local time as a wall-clock minute, for the chart's today line. */
export function wallNow(now: Date = new Date()): WallMinute {
  return (
    Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()) /
    60_000
  );
}
