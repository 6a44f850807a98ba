// Setting a task's early dates: from a start position placed by the pass, or from moments
// given from outside (actual, typed, rolled-up dates), whose positions and sides are worked out
// so that successors can read them like any other.

import { onMinuteGrid } from "../time/local-minute.js";
import { FINISH, START, sideOf } from "./date-side.js";
import { calendarOf, type ScheduleContext } from "./schedule-context.js";

/**
 * Sets the early dates from the start's position: where work resumes there, or for a milestone
 * at the end of a working period (`atFinish`), where it stopped. The finish is the end of the
 * last working minute.
 */
export function placeEarlyDates(
  context: ScheduleContext,
  t: number,
  work: number,
  atFinish: boolean,
): void {
  const calendar = calendarOf(context, t);
  const duration = context.duration[t] ?? 0;
  const start = atFinish ? calendar.finishAt(work) : calendar.startAt(work);
  const side = atFinish ? FINISH : START;
  context.earlyStart[t] = start;
  context.earlyStartWork[t] = work;
  context.earlyStartSide[t] = side;
  if (duration === 0) {
    context.earlyFinish[t] = start;
    context.earlyFinishWork[t] = work;
    context.earlyFinishSide[t] = side;
    return;
  }
  const finishWork = onMinuteGrid(work + duration);
  context.earlyFinish[t] = calendar.finishAt(finishWork);
  context.earlyFinishWork[t] = finishWork;
  context.earlyFinishSide[t] = FINISH;
}

/** Dates given as moments (actual, typed, rolled up): their positions and sides worked out. */
export function setGivenDates(
  context: ScheduleContext,
  t: number,
  start: number,
  finish: number,
): void {
  const calendar = calendarOf(context, t);
  const startWork = calendar.workBefore(start);
  const finishWork = calendar.workBefore(finish);
  context.earlyStart[t] = start;
  context.earlyFinish[t] = finish;
  context.earlyStartWork[t] = startWork;
  context.earlyFinishWork[t] = finishWork;
  context.earlyStartSide[t] = sideOf(calendar, start, startWork);
  context.earlyFinishSide[t] = sideOf(calendar, finish, finishWork);
}
