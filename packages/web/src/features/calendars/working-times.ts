import type { WeekDay } from "@orrery/contracts/calendars";
import type { z } from "zod";

// Working hours as people write them: "08:00–12:00, 13:00–17:00". Read into the API's minute
// ranges and written back the same way, with a message next to the field when they do not read.

export type WorkingTimeRange = z.infer<typeof WeekDay>["workingTimes"][number];

/** MS Project's standard working day: 08:00–12:00 and 13:00–17:00. */
export const STANDARD_HOURS: readonly WorkingTimeRange[] = [
  { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
  { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
];

export const DAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** `08:00` for 480; the end of the day is `24:00`. */
export function formatMinuteOfDay(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** `08:00–12:00, 13:00–17:00`; empty for no hours. */
export function formatWorkingTimes(ranges: readonly WorkingTimeRange[]): string {
  return ranges
    .map((r) => `${formatMinuteOfDay(r.fromMinuteOfDay)}–${formatMinuteOfDay(r.toMinuteOfDay)}`)
    .join(", ");
}

export type ParsedWorkingTimes =
  | { readonly ok: true; readonly ranges: WorkingTimeRange[] }
  | { readonly ok: false; readonly error: string };

const RANGE = /^(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?$/;

function minuteOf(hours: string | undefined, minutes: string | undefined): number | null {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/**
 * Reads `08:00–12:00, 13:00–17:00` (hyphens or dashes; `8-12` too). At least one range; each
 * ends after it starts; ranges in order of the day and not overlapping, as the engine needs.
 */
export function parseWorkingTimes(text: string): ParsedWorkingTimes {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return { ok: false, error: "Enter the working hours, e.g. 08:00–12:00" };
  if (parts.length > 24) return { ok: false, error: "At most 24 ranges a day" };
  const ranges: WorkingTimeRange[] = [];
  for (const part of parts) {
    const match = RANGE.exec(part);
    if (!match) return { ok: false, error: `"${part}" is not a range such as 08:00–12:00` };
    const from = minuteOf(match[1], match[2]);
    const to = minuteOf(match[3], match[4]);
    if (from === null || to === null) return { ok: false, error: `"${part}" is not a time of day` };
    if (to <= from) return { ok: false, error: `"${part}" ends before it starts` };
    const last = ranges.at(-1);
    if (last && from < last.toMinuteOfDay)
      return { ok: false, error: `"${part}" overlaps or comes before the range before it` };
    ranges.push({ fromMinuteOfDay: from, toMinuteOfDay: to });
  }
  return { ok: true, ranges };
}

/** Working minutes of a day's ranges. */
export function minutesOf(ranges: readonly WorkingTimeRange[]): number {
  return ranges.reduce((sum, r) => sum + r.toMinuteOfDay - r.fromMinuteOfDay, 0);
}
