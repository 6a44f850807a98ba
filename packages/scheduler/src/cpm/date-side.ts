// A date on a task's calendar is held as a working-time position (working minutes before it)
// and a side. One position can be two moments: where work stopped (17:00 Friday) and where it
// resumes (08:00 Monday); the side says which. A date given from outside (an actual start on a
// Saturday, a constraint at noon of a holiday) can lie strictly between the two: its side is
// BETWEEN and the moment itself is kept. Dates then order by position, and at one position by
// side (FINISH before BETWEEN before START), BETWEEN dates among themselves by their moments:
// exactly the order of the moments, with no calendar lookup. Inside working time both sides
// are the same moment, so which one a pass keeps there never changes a date.

import type { WorkingTime } from "../calendar/working-time.js";

/** Side codes, in the order of the moments at one position. */
export const FINISH = 0;
export const BETWEEN = 1;
export const START = 2;

/** The side of `moment`, whose position on `calendar` is `work`. */
export function sideOf(calendar: WorkingTime, moment: number, work: number): number {
  if (calendar.finishAt(work) === moment) return FINISH;
  return calendar.startAt(work) === moment ? START : BETWEEN;
}

/** The moment at position `work` on `side` (`between`: the moment of a BETWEEN date). */
export function dateAt(calendar: WorkingTime, work: number, side: number, between: number): number {
  if (side === START) return calendar.startAt(work);
  return side === FINISH ? calendar.finishAt(work) : between;
}

/** True when date (work, side, moment) a comes after date b. */
export function isLater(
  workA: number,
  sideA: number,
  momentA: number,
  workB: number,
  sideB: number,
  momentB: number,
): boolean {
  if (workA !== workB) return workA > workB;
  if (sideA !== sideB) return sideA > sideB;
  return sideA === BETWEEN && momentA > momentB;
}

/** True when date (work, side, moment) a comes before date b. */
export function isEarlier(
  workA: number,
  sideA: number,
  momentA: number,
  workB: number,
  sideB: number,
  momentB: number,
): boolean {
  if (workA !== workB) return workA < workB;
  if (sideA !== sideB) return sideA < sideB;
  return sideA === BETWEEN && momentA < momentB;
}

/**
 * True when date a comes before date b, either of which may be known by its moment alone
 * (position NaN: a date not yet placed on the calendar, which is compared as a moment).
 */
export function isEarlierOn(
  calendar: WorkingTime,
  workA: number,
  sideA: number,
  momentA: number,
  workB: number,
  sideB: number,
  momentB: number,
): boolean {
  if (!Number.isNaN(workA) && !Number.isNaN(workB))
    return isEarlier(workA, sideA, momentA, workB, sideB, momentB);
  const a = Number.isNaN(workA) ? momentA : dateAt(calendar, workA, sideA, momentA);
  const b = Number.isNaN(workB) ? momentB : dateAt(calendar, workB, sideB, momentB);
  return a < b;
}
