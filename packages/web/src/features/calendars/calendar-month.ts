import type { Calendar } from "@orrery/contracts/calendars";
import { explainCalendarDays } from "@orrery/interop/calendar-specs";
import { calendarDefinitionOf } from "@orrery/interop/document/plain-calendar";
import { toCalendarUid } from "@orrery/interop/document/record-uids";
import { formatWorkingTimes } from "./working-times.js";

// The month view's maths: which dates a month grid shows, and what each date is on a calendar.
// The working hours come from the scheduler's own calendar resolution (through interop, which
// maps calendars for the engine), so the view shows exactly what the plan is scheduled on.

/** A date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface MonthDay {
  readonly date: IsoDate;
  readonly working: boolean;
  /** `08:00–12:00, 13:00–17:00`, empty on a day off. */
  readonly hours: string;
  readonly minutes: number;
  /** The exception that decided the day (its name, or "Exception"), else null. */
  readonly exception: string | null;
  /** The work week that decided the day (its name, or "Work week"), else null. */
  readonly workWeek: string | null;
  /** The base calendar the day comes from when the calendar does not define it, else null. */
  readonly inheritedFrom: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function utcOf(date: IsoDate): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function isoOf(date: Date): IsoDate {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = utcOf(date);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** The same day `months` later, clipped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = utcOf(date);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), last))));
}

/** 0 = Sunday. */
export function dayOfWeekOf(date: IsoDate): number {
  return utcOf(date).getUTCDay();
}

/** `YYYY-MM-01` of the date's month. */
export function monthOf(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The weeks of a month as a grid shows them: rows of seven, the first column `weekStartDay`
 * (0 = Sunday), days outside the month null.
 */
export function monthWeeks(month: IsoDate, weekStartDay: number): (IsoDate | null)[][] {
  const first = monthOf(month);
  const next = addMonths(first, 1);
  const weeks: (IsoDate | null)[][] = [];
  let row: (IsoDate | null)[] = Array.from(
    { length: (dayOfWeekOf(first) - weekStartDay + 7) % 7 },
    () => null,
  );
  for (let date = first; date < next; date = addDays(date, 1)) {
    row.push(date);
    if (row.length === 7) {
      weeks.push(row);
      row = [];
    }
  }
  if (row.length > 0) weeks.push([...row, ...Array.from({ length: 7 - row.length }, () => null)]);
  return weeks;
}

/** Day names in grid order, starting at `weekStartDay`. */
export function weekdayOrder(weekStartDay: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStartDay + i) % 7);
}

/**
 * What every date from `from` to `to` (inclusive) is on calendar `uid` of `calendars`: working
 * or not, its hours, and the exception, work week or base calendar that decided it. Empty when
 * the calendar is not among them.
 */
export function calendarDays(
  calendars: readonly Calendar[],
  uid: number,
  weekStartDay: number,
  from: IsoDate,
  to: IsoDate,
): MonthDay[] {
  const own = calendars.find((c) => c.uid === uid);
  if (!own) return [];
  const explained = explainCalendarDays(
    calendars.map(calendarDefinitionOf),
    toCalendarUid(uid),
    weekStartDay,
    from,
    to,
  );
  // The calendar of each level of the base chain, as the engine walked it.
  const chain = [own];
  for (let base = own.baseCalendarUid; base !== null; ) {
    const next = calendars.find((c) => c.uid === base);
    if (!next || chain.includes(next)) break;
    chain.push(next);
    base = next.baseCalendarUid;
  }
  return explained.map(({ hours, source }, i) => {
    const decided = chain[source.level] ?? own;
    const index = source.index ?? -1;
    const minutes = hours.reduce((sum, h) => sum + h.to - h.from, 0);
    return {
      date: addDays(from, i),
      working: minutes > 0,
      hours: formatWorkingTimes(
        hours.map((h) => ({ fromMinuteOfDay: h.from, toMinuteOfDay: h.to })),
      ),
      minutes,
      exception:
        source.kind === "exception" ? (decided.exceptions[index]?.name ?? "Exception") : null,
      workWeek: source.kind === "workWeek" ? (decided.workWeeks[index]?.name ?? "Work week") : null,
      inheritedFrom: source.level > 0 && source.kind !== "default" ? source.calendar : null,
    };
  });
}

export type GridKey =
  | "ArrowLeft"
  | "ArrowRight"
  | "ArrowUp"
  | "ArrowDown"
  | "Home"
  | "End"
  | "PageUp"
  | "PageDown";

export function isGridKey(key: string): key is GridKey {
  return [
    "ArrowLeft",
    "ArrowRight",
    "ArrowUp",
    "ArrowDown",
    "Home",
    "End",
    "PageUp",
    "PageDown",
  ].includes(key);
}

/**
 * Where focus moves in a month grid (WAI-ARIA date grid): arrows by a day or a week, Home and
 * End to the week's first and last day, Page Up/Down by a month. It may leave the month shown;
 * the grid then shows the month of the new date.
 */
export function movedFocus(date: IsoDate, key: GridKey, weekStartDay: number): IsoDate {
  const column = (dayOfWeekOf(date) - weekStartDay + 7) % 7;
  switch (key) {
    case "ArrowLeft":
      return addDays(date, -1);
    case "ArrowRight":
      return addDays(date, 1);
    case "ArrowUp":
      return addDays(date, -7);
    case "ArrowDown":
      return addDays(date, 7);
    case "Home":
      return addDays(date, -column);
    case "End":
      return addDays(date, 6 - column);
    case "PageUp":
      return addMonths(date, -1);
    case "PageDown":
      return addMonths(date, 1);
  }
}
