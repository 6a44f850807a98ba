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
  const moved = shiftPositions(context, shifts);
  for (let c = 0; c < calendars.length; c++) {
    const calendar = calendars[c];
    const from = moved.counts[c] ?? 0;
    const count = (moved.counts[c + 1] ?? 0) - from;
    if (calendar === undefined || count === 0) continue;
    const tasks = moved.tasks.subarray(from, from + count);
    // A date that follows the finish is on one side of working time (never BETWEEN).
    calendar.placeEach(
      tasks,
      count,
      context.lateFinishWork,
      context.lateFinishSide,
      context.lateFinish,
    );
    calendar.placeEach(
      tasks,
      count,
      context.lateStartWork,
      context.lateStartSide,
      context.lateStart,
    );
  }
  if (context.linkStart !== context.lateStart) copyLinkStarts(context, moved.tasks);
  refreshShiftedFloats(context, run, moved.tasks);
  return true;
}

/** The tasks that follow the finish, grouped by calendar, and where each calendar's begin. */
interface ShiftedTasks {
  readonly tasks: Int32Array;
  /** Offsets into `tasks` of each calendar's group (+1 entry). */
  readonly counts: Int32Array;
}

/**
 * Moves the late positions of every task that follows the finish by its calendar's shift and
 * returns those tasks grouped by calendar (each calendar places its own dates in one go).
 */
function shiftPositions(context: ScheduleContext, shifts: Float64Array): ShiftedTasks {
  const { followsFinish, taskCalendar, lateStartWork, lateFinishWork } = context;
  const n = context.plan.taskCount;
  const calendarCount = shifts.length;
  if (calendarCount === 1) {
    // One calendar (the usual case): no grouping, one pass.
    const shift = shifts[0] ?? 0;
    const tasks = new Int32Array(n);
    let count = 0;
    for (let t = 0; t < n; t++) {
      if (followsFinish[t] !== 1) continue;
      lateFinishWork[t] = onMinuteGrid((lateFinishWork[t] ?? 0) + shift);
      lateStartWork[t] = onMinuteGrid((lateStartWork[t] ?? 0) + shift);
      tasks[count++] = t;
    }
    return { tasks: tasks.subarray(0, count), counts: Int32Array.of(0, count) };
  }
  const counts = new Int32Array(calendarCount + 1);
  for (let t = 0; t < n; t++) {
    if (followsFinish[t] !== 1) continue;
    const index = (taskCalendar[t] ?? 0) + 1;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  for (let c = 0; c < calendarCount; c++) counts[c + 1] = (counts[c + 1] ?? 0) + (counts[c] ?? 0);
  const tasks = new Int32Array(counts[calendarCount] ?? 0);
  const cursor = counts.slice(0, calendarCount);
  for (let t = 0; t < n; t++) {
    if (followsFinish[t] !== 1) continue;
    const index = taskCalendar[t] ?? 0;
    const shift = shifts[index] ?? 0;
    lateFinishWork[t] = onMinuteGrid((lateFinishWork[t] ?? 0) + shift);
    lateStartWork[t] = onMinuteGrid((lateStartWork[t] ?? 0) + shift);
    tasks[cursor[index] ?? 0] = t;
    cursor[index] = (cursor[index] ?? 0) + 1;
  }
  return { tasks, counts };
}

/** A task in progress has link starts of its own: for shifted tasks, their late starts. */
function copyLinkStarts(context: ScheduleContext, tasks: Int32Array): void {
  const { linkStart, linkStartWork, linkStartSide, lateStart, lateStartWork, lateStartSide } =
    context;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] ?? 0;
    linkStart[t] = lateStart[t] ?? 0;
    linkStartWork[t] = lateStartWork[t] ?? 0;
    linkStartSide[t] = lateStartSide[t] ?? 0;
  }
}

/** The floats of shifted tasks: their late positions moved, their slack to successors did not. */
function refreshShiftedFloats(context: ScheduleContext, run: FloatRun, tasks: Int32Array): void {
  const { earlyStartWork, earlyFinishWork, lateStartWork, lateFinishWork, leastSlack, kind } =
    context;
  const taskCalendar = context.taskCalendar;
  // The project finish's position on each calendar, looked up once.
  const finishWork = new Float64Array(context.calendars.length);
  for (let c = 0; c < finishWork.length; c++) {
    const calendar = context.calendars[c];
    if (calendar !== undefined) finishWork[c] = calendar.workBefore(run.projectFinish);
  }
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] ?? 0;
    const earlyFinish = earlyFinishWork[t] ?? 0;
    const toFinish = (finishWork[taskCalendar[t] ?? 0] ?? 0) - earlyFinish;
    recordFloats(
      context,
      run,
      t,
      kind[t] ?? 0,
      (lateStartWork[t] ?? 0) - (earlyStartWork[t] ?? 0),
      (lateFinishWork[t] ?? 0) - earlyFinish,
      Math.min(toFinish, leastSlack[t] ?? 0),
    );
  }
}
