// Which working hours a calendar has on each day, by MS Project's precedence (see
// calendar-spec.ts): the calendar's own exception for the date, else the work week covering it,
// else the calendar's week; a day left undefined comes from the base calendar, and a base
// calendar's undefined days are MS Project's default week. An intersection calendar works when
// all of its calendars work.

import { type DayNumber, dayOfWeekOf, MINUTES_PER_DAY } from "../time/local-minute.js";
import { type CalendarSpec, type DayHours, DEFAULT_WEEK } from "./calendar-spec.js";
import { exceptionDays } from "./exception-recurrence.js";

/** Where a day's hours come from (what a calendar view shows beside them). */
export interface DaySource {
  /** The calendar of the chain that decided the day: the calendar itself or one of its bases. */
  readonly calendar: string;
  /** How far up the base chain that calendar is: 0 for the calendar itself, 1 for its base. */
  readonly level: number;
  /** Its exception, its work week, its normal week, or MS Project's default week. */
  readonly kind: "exception" | "workWeek" | "week" | "default";
  /** The exception's or work week's position in that calendar's list. */
  readonly index?: number;
}

/** A day's working hours and where they come from. */
export interface ExplainedDay {
  readonly hours: DayHours;
  readonly source: DaySource;
}

/** A calendar's exceptions expanded over a window: the first exception covering each day. */
type ExpandedExceptions = Map<DayNumber, { readonly hours: DayHours; readonly index: number }>;

/** A calendar of a base chain, with its week start resolved. */
interface ChainLink {
  readonly spec: CalendarSpec;
  readonly weekStartDay: number;
}

/** A calendar and its base calendars, nearest first, resolving days in windows of dates. */
export class CalendarChain {
  readonly name: string;
  private readonly links: readonly ChainLink[];
  /** For an intersection calendar, the chains of the calendars it intersects. */
  private readonly parts: readonly CalendarChain[];

  constructor(calendars: readonly CalendarSpec[], index: number, within: readonly number[] = []) {
    const root = calendars[index];
    if (root === undefined) throw new RangeError(`no calendar at index ${index}`);
    this.name = root.name;
    this.links = chainOf(calendars, index);
    // A calendar met again inside its own intersection is left out (a loop adds nothing).
    const path = [...within, index];
    this.parts = (root.intersectionOf ?? [])
      .filter((part) => calendars[part] !== undefined && !path.includes(part))
      .map((part) => new CalendarChain(calendars, part, path));
  }

  /** The hours of every day from `fromDay` to `toDay` (inclusive), in order. */
  resolveWindow(fromDay: DayNumber, toDay: DayNumber): DayHours[] {
    const [first, ...others] = this.parts;
    if (first !== undefined) {
      const days = first.resolveWindow(fromDay, toDay);
      for (const other of others) {
        const hours = other.resolveWindow(fromDay, toDay);
        for (let i = 0; i < days.length; i++) days[i] = commonHours(days[i] ?? [], hours[i] ?? []);
      }
      return days;
    }
    return this.explainWindow(fromDay, toDay).map((day) => day.hours);
  }

  /**
   * Like `resolveWindow`, with where each day's hours come from. An intersection calendar's
   * days are the common time of its calendars, so they are reported as its own week.
   */
  explainWindow(fromDay: DayNumber, toDay: DayNumber): ExplainedDay[] {
    if (this.parts.length > 0) {
      const source: DaySource = { calendar: this.name, level: 0, kind: "week" };
      return this.resolveWindow(fromDay, toDay).map((hours) => ({ hours, source }));
    }
    const exceptions = this.links.map((link) => expandExceptions(link, fromDay, toDay));
    const days: ExplainedDay[] = [];
    for (let day = fromDay; day <= toDay; day++) days.push(this.explainDay(exceptions, day));
    return days;
  }

  private explainDay(exceptions: readonly ExpandedExceptions[], day: DayNumber): ExplainedDay {
    const dayOfWeek = dayOfWeekOf(day);
    for (let level = 0; level < this.links.length; level++) {
      const link = this.links[level];
      if (link === undefined) break;
      const calendar = link.spec.name;
      const exception = exceptions[level]?.get(day);
      if (exception !== undefined)
        return {
          hours: exception.hours,
          source: { calendar, level, kind: "exception", index: exception.index },
        };
      const index = link.spec.workWeeks.findIndex(
        (week) => week.fromDay <= day && day <= week.toDay,
      );
      const weekHours = link.spec.workWeeks[index]?.week[dayOfWeek];
      if (weekHours !== undefined)
        return {
          hours: normaliseHours(weekHours),
          source: { calendar, level, kind: "workWeek", index },
        };
      const hours = link.spec.week[dayOfWeek];
      if (hours !== undefined)
        return { hours: normaliseHours(hours), source: { calendar, level, kind: "week" } };
    }
    return {
      hours: DEFAULT_WEEK[dayOfWeek] ?? [],
      source: { calendar: this.name, level: this.links.length, kind: "default" },
    };
  }
}

/** The calendar and its bases, nearest first; a base cycle is cut where it repeats. */
function chainOf(calendars: readonly CalendarSpec[], index: number): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<number>();
  let current: number | undefined = index;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const spec: CalendarSpec | undefined = calendars[current];
    if (spec === undefined) break;
    chain.push({ spec, weekStartDay: spec.weekStartDay ?? 1 });
    current = spec.base;
  }
  return chain;
}

function expandExceptions(
  link: ChainLink,
  fromDay: DayNumber,
  toDay: DayNumber,
): ExpandedExceptions {
  const byDay: ExpandedExceptions = new Map();
  link.spec.exceptions.forEach((exception, index) => {
    if (exception.toDay < fromDay || exception.fromDay > toDay) return;
    const hours = normaliseHours(exception.hours);
    for (const day of exceptionDays(exception, link.weekStartDay, fromDay, toDay)) {
      if (!byDay.has(day)) byDay.set(day, { hours, index });
    }
  });
  return byDay;
}

/** Sorted, merged, clipped to the day: what the working-time index assumes. */
function normaliseHours(hours: DayHours): DayHours {
  const sorted = hours
    .map((h) => ({ from: Math.max(0, h.from), to: Math.min(MINUTES_PER_DAY, h.to) }))
    .filter((h) => h.to > h.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && h.from <= last.to) last.to = Math.max(last.to, h.to);
    else merged.push({ ...h });
  }
  return merged;
}

/** The working time two days' hours (each sorted and merged) have in common. */
export function commonHours(a: DayHours, b: DayHours): DayHours {
  const common: { from: number; to: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === undefined || y === undefined) break;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (to > from) common.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return common;
}
