// Setting a task's late dates: from its late finish bound placed by the pass, or from moments
// given from outside (actual dates, typed dates, roll-ups), whose positions and sides are worked
// out so that predecessors can read them like any other.
//
// MS Project rules followed here:
// - An automatically scheduled task is laid out from its late start, so its late finish is the
//   end of its last working minute (17:00); a milestone has no working minute and stays on the
//   bound, as does a manually scheduled task (the "late dates at the start of the next working
//   period" of MS Project 2013 and later).
// - MS Project 2007 and earlier put a milestone's late date at the end of the previous working
//   period (`byTaskModeLegacy`); `previousFinish` and `nextStart` force one side for all tasks.

import {
  LATE_BY_TASK_MODE_LEGACY,
  LATE_NEXT_START,
  LATE_PREVIOUS_FINISH,
} from "../network/schedule-codes.js";
import { onMinuteGrid } from "../time/local-minute.js";
import { dateAt, FINISH, START, sideOf } from "./date-side.js";
import { calendarOf, type ScheduleContext } from "./schedule-context.js";

/**
 * Sets the late dates of task `t` from its late finish bound at position `work` on `side`
 * (`moment` for a BETWEEN side), and its link start to the late start. Returns the late start.
 */
export function placeLateDates(
  context: ScheduleContext,
  t: number,
  work: number,
  side: number,
  moment: number,
  manual: boolean,
): number {
  const calendar = calendarOf(context, t);
  const duration = context.duration[t] ?? 0;
  const style = context.lateDateStyle;
  const legacyMilestone = duration === 0 && style === LATE_BY_TASK_MODE_LEGACY;
  const finishSide = legacyMilestone ? FINISH : side;
  const keepsBound =
    style === LATE_NEXT_START ||
    (style !== LATE_PREVIOUS_FINISH && manual) ||
    (duration === 0 && !legacyMilestone);
  const lateFinish = keepsBound
    ? dateAt(calendar, work, finishSide, moment)
    : calendar.finishAt(work);
  const lateFinishSide = keepsBound ? finishSide : FINISH;
  context.lateFinish[t] = lateFinish;
  context.lateFinishWork[t] = work;
  context.lateFinishSide[t] = lateFinishSide;
  if (duration === 0) {
    // A milestone starts where it finishes.
    setLateStart(context, t, lateFinish, work, lateFinishSide);
    return lateFinish;
  }
  const startWork = onMinuteGrid(work - duration);
  const start = calendar.startAt(startWork);
  setLateStart(context, t, start, startWork, START);
  return start;
}

/** Sets the late start and the link start predecessors see. */
function setLateStart(
  context: ScheduleContext,
  t: number,
  moment: number,
  work: number,
  side: number,
): void {
  context.lateStart[t] = moment;
  context.lateStartWork[t] = work;
  context.lateStartSide[t] = side;
  // Without progress the link start is the late start (the same arrays): nothing more to set.
  if (context.linkStart === context.lateStart) return;
  context.linkStart[t] = moment;
  context.linkStartWork[t] = work;
  context.linkStartSide[t] = side;
}

/** Late dates given as moments (actual, typed, rolled up), positions and sides worked out. */
export function setGivenLateDates(
  context: ScheduleContext,
  t: number,
  start: number,
  finish: number,
): void {
  const calendar = calendarOf(context, t);
  const startWork = calendar.workBefore(start);
  const finishWork = calendar.workBefore(finish);
  context.lateFinish[t] = finish;
  context.lateFinishWork[t] = finishWork;
  context.lateFinishSide[t] = sideOf(calendar, finish, finishWork);
  setLateStart(context, t, start, startWork, sideOf(calendar, start, startWork));
}

/** Sets only the link start of task `t` (a task in progress resumes elsewhere than it starts). */
export function setLinkStart(context: ScheduleContext, t: number, moment: number): void {
  if (context.linkStart === context.lateStart) return;
  const calendar = calendarOf(context, t);
  const work = calendar.workBefore(moment);
  context.linkStart[t] = moment;
  context.linkStartWork[t] = work;
  context.linkStartSide[t] = sideOf(calendar, moment, work);
}

/** Overrides the late start alone (a started task keeps its actual start as late start). */
export function setLateStartOnly(context: ScheduleContext, t: number, moment: number): void {
  const calendar = calendarOf(context, t);
  const work = calendar.workBefore(moment);
  context.lateStart[t] = moment;
  context.lateStartWork[t] = work;
  context.lateStartSide[t] = sideOf(calendar, moment, work);
}
