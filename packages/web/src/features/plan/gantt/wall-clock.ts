/**
 * Schedule dates are wall-clock times without a zone (`2026-11-23T08:00:00`), as MS Project and
 * the engine write them. The Gantt counts them in minutes on a zone-free axis: UTC arithmetic
 * on the written fields, so no viewer's time zone or daylight saving can shift a bar.
 */
export type WallMinute = number;

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes since 1970-01-01T00:00 of a wall-clock date-time; `null` when it is not one. */
export function wallMinute(text: string): WallMinute | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  const [, y = 0, mo = 0, d = 0, h = 0, mi = 0] = match.map(Number);
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi));
  // Date.UTC rolls 2026-13-01 over to 2027; a field that changed was out of range.
  const same =
    at.getUTCFullYear() === y &&
    at.getUTCMonth() === mo - 1 &&
    at.getUTCDate() === d &&
    at.getUTCHours() === h &&
    at.getUTCMinutes() === mi;
  return same ? at.getTime() / 60_000 : null;
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
