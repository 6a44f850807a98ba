// The input's tasks and links read once, each object once, into columns (typed arrays) that
// compilation then works from. A large plan's input is a million small objects scattered through
// memory; reading every field of each in one visit is what keeps compiling it fast. The input is
// validated on the way: the first problem found is returned, naming the task.

import { CONSTRAINT_CODES, LINK_CODES } from "./schedule-codes.js";
import type { ScheduleInput } from "./schedule-input.js";

/** Bits of `InputColumns.given`: what the input says of a task besides its numbers. */
export const GIVEN_INACTIVE = 1;
export const GIVEN_ELAPSED = 2;
export const GIVEN_MANUAL = 4;
export const GIVEN_DELAY_ELAPSED = 16;

/** The input read into columns. Optional values are empty arrays until some task has one. */
export interface InputColumns {
  readonly parent: Int32Array;
  /** The task's own calendar, -1 for the project calendar. */
  readonly calendar: Int32Array;
  readonly duration: Float64Array;
  readonly given: Uint8Array;
  readonly constraintType: Uint8Array;
  /** NaN when none (as are the other optional dates). */
  readonly constraintDate: Float64Array;
  readonly deadline: Float64Array;
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly actualDuration: Float64Array;
  /** 0 when none. */
  readonly levelingDelay: Float64Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkType: Uint8Array;
  readonly lag: Float64Array;
  /** NaN for time lags. */
  readonly lagPercent: Float64Array;
  readonly lagElapsed: Uint8Array;
}

/** A problem with the input, naming the task (its key) when it is about one. */
export interface InputProblem {
  readonly message: string;
  readonly tasks: readonly number[];
}

/** An optional column: empty until the first value, then a full array of `fill` around it. */
class OptionalColumn {
  values = new Float64Array(0);

  constructor(
    private readonly length: number,
    private readonly fill: number,
  ) {}

  set(index: number, value: number): void {
    if (this.values.length === 0) this.values = new Float64Array(this.length).fill(this.fill);
    this.values[index] = value;
  }
}

/** Reads and checks the input: its columns, or the first problem found. */
export function readColumns(input: ScheduleInput): InputColumns | InputProblem {
  const tasks = input.tasks;
  const taskCount = tasks.length;
  if (input.calendars[input.projectCalendar] === undefined) {
    return {
      message: `the project calendar (index ${input.projectCalendar}) does not exist`,
      tasks: [],
    };
  }
  const parent = new Int32Array(taskCount).fill(-1);
  const calendar = new Int32Array(taskCount).fill(-1);
  const duration = new Float64Array(taskCount);
  const given = new Uint8Array(taskCount);
  const constraintType = new Uint8Array(taskCount);
  const constraintDate = new OptionalColumn(taskCount, Number.NaN);
  const deadline = new OptionalColumn(taskCount, Number.NaN);
  const actualStart = new OptionalColumn(taskCount, Number.NaN);
  const actualFinish = new OptionalColumn(taskCount, Number.NaN);
  const actualDuration = new OptionalColumn(taskCount, Number.NaN);
  const levelingDelay = new OptionalColumn(taskCount, 0);
  for (let t = 0; t < taskCount; t++) {
    const task = tasks[t];
    if (task === undefined) continue;
    const bad = (message: string): InputProblem => ({
      message: `task ${task.key} ${message}`,
      tasks: [task.key],
    });
    if (task.parent !== undefined) {
      if (task.parent < 0 || task.parent >= taskCount || task.parent === t)
        return bad("names a parent that does not exist");
      parent[t] = task.parent;
    }
    if (task.calendar !== undefined) {
      if (input.calendars[task.calendar] === undefined)
        return bad("names a calendar that does not exist");
      calendar[t] = task.calendar;
    }
    if (!Number.isFinite(task.duration) || task.duration < 0) return bad("has an invalid duration");
    duration[t] = task.duration;
    const constraint = task.constraint;
    if (constraint !== undefined) {
      const type = constraint.type;
      if (type !== "ASAP" && type !== "ALAP" && constraint.date === undefined)
        return bad(`has a ${type} constraint without a date`);
      constraintType[t] = CONSTRAINT_CODES[type];
      if (constraint.date !== undefined) constraintDate.set(t, constraint.date);
    }
    let flags = 0;
    if (task.active === false) flags |= GIVEN_INACTIVE;
    if (task.elapsed === true) flags |= GIVEN_ELAPSED;
    if (task.manual === true) flags |= GIVEN_MANUAL;
    if (task.deadline !== undefined) deadline.set(t, task.deadline);
    if (task.actualStart !== undefined) actualStart.set(t, task.actualStart);
    if (task.actualFinish !== undefined) actualFinish.set(t, task.actualFinish);
    if (task.actualDuration !== undefined) actualDuration.set(t, task.actualDuration);
    if (task.levelingDelay !== undefined && task.levelingDelay !== 0) {
      levelingDelay.set(t, task.levelingDelay);
      // MS Project's default for a leveling delay is elapsed days.
      if (task.levelingDelayElapsed !== false) flags |= GIVEN_DELAY_ELAPSED;
    }
    given[t] = flags;
  }
  const links = input.links;
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  const linkType = new Uint8Array(links.length);
  const lag = new Float64Array(links.length);
  const lagPercent = new OptionalColumn(links.length, Number.NaN);
  const lagElapsed = new OptionalColumn(links.length, 0);
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    if (link === undefined) continue;
    if (link.from < 0 || link.from >= taskCount || link.to < 0 || link.to >= taskCount)
      return { message: "a link names a task that does not exist", tasks: [] };
    linkFrom[l] = link.from;
    linkTo[l] = link.to;
    linkType[l] = LINK_CODES[link.type];
    lag[l] = link.lag ?? 0;
    if (link.lagPercent !== undefined) lagPercent.set(l, link.lagPercent);
    if (link.lagElapsed === true) lagElapsed.set(l, 1);
  }
  return {
    parent,
    calendar,
    duration,
    given,
    constraintType,
    constraintDate: constraintDate.values,
    deadline: deadline.values,
    actualStart: actualStart.values,
    actualFinish: actualFinish.values,
    actualDuration: actualDuration.values,
    levelingDelay: levelingDelay.values,
    linkFrom,
    linkTo,
    linkType,
    lag,
    lagPercent: lagPercent.values,
    lagElapsed: Uint8Array.from(lagElapsed.values),
  };
}

/** True when `read` is a problem rather than the columns. */
export function isInputProblem(read: InputColumns | InputProblem): read is InputProblem {
  return "message" in read;
}
