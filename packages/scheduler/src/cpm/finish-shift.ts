// When an edit moves the project finish, every late date bound by it moves too; in a large plan
// that is most tasks, and working them all out again is most of the cost of the edit. A task
// whose late dates follow the finish alone (`followsFinish`: every bound on them comes from the
// finish through plain links, on its own calendar) moves by exactly the working time the finish
// moves on that calendar, on the same side: its new late dates are its positions shifted and
// placed, and its floats change by the shift (its slack to its successors does not). The rest,
// and what the edit reached, is worked out again by the incremental backward pass.
//
// The shift holds when the finish keeps its side on every calendar (17:00 stays an end of work);
// otherwise the caller runs the whole backward pass.

import { onMinuteGrid } from "../time/local-minute.js";
import { BETWEEN, START, sideOf } from "./date-side.js";
import { type FloatRun, recordFloats } from "./float.js";
import type { ScheduleContext } from "./schedule-context.js";

/**
 * Shifts the late dates and floats of every task that follows the project finish from
 * `previousFinish` to `run.projectFinish`. Returns false, changing nothing, when the finish does
 * not keep its side on some calendar.
 */
export function shiftLateDates(
  context: ScheduleContext,
  previousFinish: number,
  run: FloatRun,
): boolean {
  const finish = run.projectFinish;
  const calendars = context.calendars;
  const shifts = new Float64Array(calendars.length);
  for (let c = 0; c < calendars.length; c++) {
    const calendar = calendars[c];
    if (calendar === undefined) continue;
    const before = calendar.workBefore(previousFinish);
    const after = calendar.workBefore(finish);
    const side = sideOf(calendar, finish, after);
    if (side === BETWEEN || side !== sideOf(calendar, previousFinish, before)) return false;
    shifts[c] = after - before;
  }
  shiftFollowingTasks(context, run, shifts);
  return true;
}

/**
 * Moves every task that follows the finish by its calendar's shift, in one visit per task: late
 * positions, their moments (a date that follows the finish is on one side of working time, never
 * BETWEEN), link starts when the plan keeps its own, and floats (their slack to successors does
 * not change). One visit reads each task's columns once, which is most of the cost.
 */
function shiftFollowingTasks(context: ScheduleContext, run: FloatRun, shifts: Float64Array): void {
  const { followsFinish, taskCalendar, calendars, projectCalendar, kind, leastSlack } = context;
  const { lateStart, lateFinish, lateStartWork, lateFinishWork, lateStartSide, lateFinishSide } =
    context;
  const { earlyStartWork, earlyFinishWork } = context;
  const ownLinkStart = context.linkStart !== lateStart;
  // The project finish's position on each calendar, looked up once.
  const projectFinishWork = new Float64Array(calendars.length);
  for (let c = 0; c < calendars.length; c++)
    projectFinishWork[c] = (calendars[c] ?? projectCalendar).workBefore(run.projectFinish);
  const n = context.plan.taskCount;
  for (let t = 0; t < n; t++) {
    if (followsFinish[t] !== 1) continue;
    const index = taskCalendar[t] ?? 0;
    const calendar = calendars[index] ?? projectCalendar;
    const shift = shifts[index] ?? 0;
    const finishWork = onMinuteGrid((lateFinishWork[t] ?? 0) + shift);
    const startWork = onMinuteGrid((lateStartWork[t] ?? 0) + shift);
    lateFinishWork[t] = finishWork;
    lateStartWork[t] = startWork;
    lateFinish[t] =
      lateFinishSide[t] === START ? calendar.startAt(finishWork) : calendar.finishAt(finishWork);
    lateStart[t] =
      lateStartSide[t] === START ? calendar.startAt(startWork) : calendar.finishAt(startWork);
    if (ownLinkStart) {
      context.linkStart[t] = lateStart[t] ?? 0;
      context.linkStartWork[t] = startWork;
      context.linkStartSide[t] = lateStartSide[t] ?? 0;
    }
    const earlyFinish = earlyFinishWork[t] ?? 0;
    const toFinish = (projectFinishWork[index] ?? 0) - earlyFinish;
    recordFloats(
      context,
      run,
      t,
      kind[t] ?? 0,
      startWork - (earlyStartWork[t] ?? 0),
      finishWork - earlyFinish,
      Math.min(toFinish, leastSlack[t] ?? 0),
    );
  }
}
