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
import { BETWEEN, sideOf } from "./date-side.js";
import { type FloatRun, recordFloats, slackToProjectFinish } from "./float.js";
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
  // The tasks to move, by calendar (each calendar places its own dates in one go).
  const { followsFinish, taskCalendar, lateStartWork, lateFinishWork, kind } = context;
  const n = context.plan.taskCount;
  const counts = new Int32Array(calendars.length + 1);
  for (let t = 0; t < n; t++) {
    if (followsFinish[t] !== 1) continue;
    const index = (taskCalendar[t] ?? 0) + 1;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  for (let c = 0; c < calendars.length; c++)
    counts[c + 1] = (counts[c + 1] ?? 0) + (counts[c] ?? 0);
  const moved = new Int32Array(counts[calendars.length] ?? 0);
  const cursor = counts.slice(0, calendars.length);
  for (let t = 0; t < n; t++) {
    if (followsFinish[t] !== 1) continue;
    const index = taskCalendar[t] ?? 0;
    const shift = shifts[index] ?? 0;
    lateFinishWork[t] = onMinuteGrid((lateFinishWork[t] ?? 0) + shift);
    lateStartWork[t] = onMinuteGrid((lateStartWork[t] ?? 0) + shift);
    moved[cursor[index] ?? 0] = t;
    cursor[index] = (cursor[index] ?? 0) + 1;
  }
  for (let c = 0; c < calendars.length; c++) {
    const calendar = calendars[c];
    const from = counts[c] ?? 0;
    const count = (counts[c + 1] ?? 0) - from;
    if (calendar === undefined || count === 0) continue;
    const tasks = moved.subarray(from, from + count);
    // A date that follows the finish is on one side of working time (never BETWEEN).
    calendar.placeEach(tasks, count, lateFinishWork, context.lateFinishSide, context.lateFinish);
    calendar.placeEach(tasks, count, lateStartWork, context.lateStartSide, context.lateStart);
  }
  const ownLinkStart = context.linkStart !== context.lateStart;
  const { earlyStartWork, earlyFinishWork, leastSlack } = context;
  for (let i = 0; i < moved.length; i++) {
    const t = moved[i] ?? 0;
    const startWork = lateStartWork[t] ?? 0;
    if (ownLinkStart) {
      context.linkStart[t] = context.lateStart[t] ?? 0;
      context.linkStartWork[t] = startWork;
      context.linkStartSide[t] = context.lateStartSide[t] ?? 0;
    }
    const earlyFinish = earlyFinishWork[t] ?? 0;
    const toFinish = slackToProjectFinish(context, run, t, earlyFinish);
    recordFloats(
      context,
      run,
      t,
      kind[t] ?? 0,
      startWork - (earlyStartWork[t] ?? 0),
      (lateFinishWork[t] ?? 0) - earlyFinish,
      Math.min(toFinish, leastSlack[t] ?? 0),
    );
  }
  return true;
}
