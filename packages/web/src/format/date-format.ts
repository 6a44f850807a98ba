import type { IsoDate } from "@orrery/contracts/common";

const CALENDAR_DATE: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
};
const calendarDate = new Intl.DateTimeFormat(undefined, CALENDAR_DATE);

const instant = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * A calendar date as people read it (`31 Mar 2027`). Formatted in UTC because an IsoDate has no
 * zone: formatting midnight in the viewer's zone would show the previous day west of Greenwich.
 */
export function formatCalendarDate(date: IsoDate | null, locale?: string): string {
  if (!date) return "—";
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return (locale ? new Intl.DateTimeFormat(locale, CALENDAR_DATE) : calendarDate).format(at);
}

/** An instant in the viewer's own zone, to the minute (`23 Nov 2026, 09:30`). */
export function formatInstant(timestamp: string | null): string {
  if (!timestamp) return "—";
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : instant.format(at);
}

const day = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

/** The day of an instant in the viewer's own zone (`23 Nov 2026`). */
export function formatDay(timestamp: string | null): string {
  if (!timestamp) return "—";
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : day.format(at);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** How long ago (or ahead) an instant is, in the largest whole unit: `3 days ago`, `in 2 hours`. */
export function formatRelative(timestamp: string, now: Date): string {
  const seconds = (new Date(timestamp).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

const DAY_MS = 24 * 3600 * 1000;

/** Calendar days from start to finish, both counted (a one-day project starts and ends the same day). */
export function calendarDaysInclusive(start: IsoDate, finish: IsoDate): number {
  return (
    Math.round((Date.parse(`${finish}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1
  );
}
