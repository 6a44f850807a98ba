// Expands a calendar exception into the days it covers, following MS Project's recurrence rules
// (Change Working Time > Exceptions > Details): the series starts at the exception's first day,
// repeats by the pattern, ends at its last day or after a number of occurrences, whichever
// comes first.

import {
  civilDateOf,
  type DayNumber,
  dayNumberOf,
  dayOfWeekOf,
  daysInMonth,
} from "../time/local-minute.js";
import type { ExceptionSpec, MonthPosition } from "./calendar-spec.js";

const POSITION_INDEX: Record<Exclude<MonthPosition, "last">, number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
};

/** The day in a month that is the `position`th `dayOfWeek`, e.g. the last Friday of May. */
function positionalDay(
  year: number,
  month: number,
  position: MonthPosition,
  dayOfWeek: number,
): DayNumber {
  if (position === "last") {
    const last = dayNumberOf(year, month, daysInMonth(year, month));
    return last - ((dayOfWeekOf(last) - dayOfWeek + 7) % 7);
  }
  const first = dayNumberOf(year, month, 1);
  return first + ((dayOfWeek - dayOfWeekOf(first) + 7) % 7) + 7 * POSITION_INDEX[position];
}

/** Candidate days of the series in order, unbounded by the range; the caller stops the walk. */
function* candidateDays(
  spec: ExceptionSpec,
  weekStartDay: number,
  last: DayNumber,
): Generator<DayNumber> {
  const rule = spec.recurrence;
  const start = civilDateOf(spec.fromDay);
  switch (rule.kind) {
    case "daily": {
      const step = Math.max(1, rule.everyDays);
      for (let day = spec.fromDay; day <= last; day += step) yield day;
      return;
    }
    case "weekly": {
      const step = 7 * Math.max(1, rule.everyWeeks);
      const offsets = [...new Set(rule.days.map((d) => (d - weekStartDay + 7) % 7))].sort(
        (a, b) => a - b,
      );
      if (offsets.length === 0) return;
      const firstWeek = spec.fromDay - ((dayOfWeekOf(spec.fromDay) - weekStartDay + 7) % 7);
      for (let week = firstWeek; week <= last; week += step) {
        for (const offset of offsets) yield week + offset;
      }
      return;
    }
    case "monthlyByDay":
    case "monthlyByPosition": {
      const step = Math.max(1, rule.everyMonths);
      for (let index = start.year * 12 + start.month - 1; ; index += step) {
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        if (dayNumberOf(year, month, 1) > last) return;
        if (rule.kind === "monthlyByPosition") {
          yield positionalDay(year, month, rule.position, rule.dayOfWeek);
        } else if (rule.dayOfMonth <= daysInMonth(year, month)) {
          yield dayNumberOf(year, month, rule.dayOfMonth);
        }
      }
    }
    case "yearlyByDay":
    case "yearlyByPosition": {
      for (let year = start.year; dayNumberOf(year, 1, 1) <= last; year++) {
        if (rule.kind === "yearlyByPosition") {
          yield positionalDay(year, rule.month, rule.position, rule.dayOfWeek);
        } else if (rule.dayOfMonth <= daysInMonth(year, rule.month)) {
          yield dayNumberOf(year, rule.month, rule.dayOfMonth);
        }
      }
      return;
    }
  }
}

/**
 * The days an exception covers, ascending, clipped to `windowFrom`..`windowTo` (inclusive).
 * Occurrence counting starts at the exception's first day, so the window never changes which
 * days belong to the series.
 */
export function exceptionDays(
  spec: ExceptionSpec,
  weekStartDay: number,
  windowFrom: DayNumber,
  windowTo: DayNumber,
): DayNumber[] {
  const days: DayNumber[] = [];
  const limit = spec.occurrences ?? Number.POSITIVE_INFINITY;
  const last = Math.min(spec.toDay, windowTo);
  let counted = 0;
  for (const day of candidateDays(spec, weekStartDay, last)) {
    if (day > last || counted >= limit) break;
    if (day < spec.fromDay) continue;
    counted++;
    if (day >= windowFrom) days.push(day);
  }
  return days;
}
