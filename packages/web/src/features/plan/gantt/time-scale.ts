import {
  MINUTES_PER_DAY,
  startOfDay,
  startOfMonth,
  startOfWeek,
  type WallMinute,
  wallFields,
} from "./wall-clock.js";

/** How much time a screen shows, from single days to quarters of a year. */
export type Zoom = "day" | "week" | "month" | "quarter";
export const ZOOMS: readonly Zoom[] = ["day", "week", "month", "quarter"];

const PX_PER_DAY: Record<Zoom, number> = { day: 40, week: 14, month: 4, quarter: 1.4 };

/** A linear map between wall-clock minutes and pixels, `origin` at x = 0. */
export interface TimeScale {
  readonly zoom: Zoom;
  readonly origin: WallMinute;
  readonly pxPerMinute: number;
}

export function timeScale(zoom: Zoom, origin: WallMinute): TimeScale {
  return { zoom, origin, pxPerMinute: PX_PER_DAY[zoom] / MINUTES_PER_DAY };
}

export function xOf(scale: TimeScale, minute: WallMinute): number {
  return (minute - scale.origin) * scale.pxPerMinute;
}

export function minuteAt(scale: TimeScale, x: number): WallMinute {
  return scale.origin + x / scale.pxPerMinute;
}

export interface Tick {
  readonly minute: WallMinute;
  readonly label: string;
}

/** The two header rows: coarse periods above, the finer ones below. */
export interface Header {
  readonly major: readonly Tick[];
  readonly minor: readonly Tick[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["S", "M", "T", "W", "T", "F", "S"];

const monthLabel = (m: WallMinute) => {
  const at = wallFields(m);
  return `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
};
const dayLabel = (m: WallMinute) => {
  const at = wallFields(m);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
};
const yearLabel = (m: WallMinute) => String(wallFields(m).getUTCFullYear());
const quarterLabel = (m: WallMinute) => `Q${Math.floor(wallFields(m).getUTCMonth() / 3) + 1}`;

/** Ticks at every period boundary from the one at or before `from` up to `to`. */
function ticks(
  from: WallMinute,
  to: WallMinute,
  first: (m: WallMinute) => WallMinute,
  next: (m: WallMinute) => WallMinute,
  label: (m: WallMinute) => string,
): Tick[] {
  const out: Tick[] = [];
  for (let m = first(from); m <= to; m = next(m)) out.push({ minute: m, label: label(m) });
  return out;
}

const WEEK = 7 * MINUTES_PER_DAY;
const startOfQuarter = (m: WallMinute) => startOfMonth(m, -(wallFields(m).getUTCMonth() % 3));
const startOfYear = (m: WallMinute) => startOfMonth(m, -wallFields(m).getUTCMonth());

/** The header ticks for the visible range at the scale's zoom. */
export function headerOf(scale: TimeScale, from: WallMinute, to: WallMinute): Header {
  switch (scale.zoom) {
    case "day":
      return {
        major: ticks(from, to, startOfWeek, (m) => m + WEEK, dayLabel),
        minor: ticks(
          from,
          to,
          startOfDay,
          (m) => m + MINUTES_PER_DAY,
          (m) => WEEKDAYS[wallFields(m).getUTCDay()] ?? "",
        ),
      };
    case "week":
      return {
        major: ticks(from, to, startOfMonth, (m) => startOfMonth(m, 1), monthLabel),
        minor: ticks(
          from,
          to,
          startOfWeek,
          (m) => m + WEEK,
          (m) => String(wallFields(m).getUTCDate()),
        ),
      };
    case "month":
      return {
        major: ticks(from, to, startOfYear, (m) => startOfMonth(m, 12), yearLabel),
        minor: ticks(
          from,
          to,
          startOfMonth,
          (m) => startOfMonth(m, 1),
          (m) => MONTHS[wallFields(m).getUTCMonth()] ?? "",
        ),
      };
    case "quarter":
      return {
        major: ticks(from, to, startOfYear, (m) => startOfMonth(m, 12), yearLabel),
        minor: ticks(from, to, startOfQuarter, (m) => startOfMonth(m, 3), quarterLabel),
      };
  }
}
