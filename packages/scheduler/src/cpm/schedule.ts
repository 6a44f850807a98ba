// Schedules a compiled plan: forward pass, project finish, backward pass, floats. The result
// holds one typed array per field, indexed like the input's tasks.

import { CalendarRangeError } from "../calendar/working-time.js";
import { ALAP } from "../network/schedule-codes.js";
import { compilePlan, type SchedulePlan } from "../network/schedule-plan.js";

import { type LocalMinute, toLocalMinute, toWorkingMinutes } from "../time/local-minute.js";
import { backwardPass } from "./backward-pass.js";
import { type FloatArrays, type FloatRun, floatRun } from "./float.js";
import { forwardPass } from "./forward-pass.js";
import {
  createContext,
  freshScratch,
  isManual,
  type RunScratch,
  type ScheduleContext,
  type ScheduleDates,
} from "./schedule-context.js";

/**
 * A computed schedule. Dates are LocalMinute values and floats working minutes, one entry per
 * input task (NaN for inactive tasks). `start`/`finish` are the dates the task is scheduled on:
 * its early dates, or for ALAP tasks its late dates.
 */
export interface ScheduleResult {
  readonly ok: true;
  readonly projectStart: LocalMinute;
  readonly projectFinish: LocalMinute;
  readonly start: Float64Array;
  readonly finish: Float64Array;
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  readonly totalFloat: Float64Array;
  readonly freeFloat: Float64Array;
  /** 1 when the task is critical. */
  readonly critical: Uint8Array;
  /** What an incremental update resumes from; not part of the schedule itself. */
  readonly passState: PassState;
}

/**
 * Intermediate values of the passes, kept so an edit can be applied incrementally. Keeping the
 * run's own objects (not copies) also keeps their shapes alive: code the engine optimised for
 * them stays valid across garbage collections, instead of being thrown away and recompiled.
 */
export interface PassState {
  /** The project start the passes used (computed, when scheduling from the finish). */
  readonly projectStart: number;
  /** True when as-late-as-possible tasks were pinned (an edit then reschedules fully). */
  readonly pinned: boolean;
  /** The run's per-task scratch: working positions of the dates, summaries' bounds, … */
  readonly scratch: RunScratch;
  /** The floats' measure of the last pass. */
  readonly floats: FloatRun;
}

/** A schedule that could not be computed, naming the tasks involved. */
export interface ScheduleFailure {
  readonly ok: false;
  readonly reason: "no-working-time";
  readonly message: string;
  readonly tasks: readonly number[];
}

/** Schedules a plan from its start. Pure: the plan is not modified. */
export function schedulePlan(plan: SchedulePlan): ScheduleResult | ScheduleFailure {
  try {
    return runPasses(plan);
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      return { ok: false, reason: "no-working-time", message: error.message, tasks: [] };
    }
    throw error;
  }
}

/**
 * Result arrays for a run. Every active task's entries are written by the passes; the others
 * (inactive tasks) are NaN. An array the passes fill entirely is not filled first.
 */
function resultArray(plan: SchedulePlan): Float64Array {
  const array = new Float64Array(plan.taskCount);
  if (!plan.table.features.inactive) return array;
  for (let t = 0; t < plan.taskCount; t++) if (plan.active[t] !== 1) array[t] = Number.NaN;
  return array;
}

function unscheduled(plan: SchedulePlan): ScheduleDates {
  return {
    earlyStart: resultArray(plan),
    earlyFinish: resultArray(plan),
    lateStart: resultArray(plan),
    lateFinish: resultArray(plan),
  };
}

function runPasses(plan: SchedulePlan): ScheduleResult {
  const n = plan.taskCount;
  const input = plan.input;
  const fromFinish = input.scheduleFrom === "finish" && input.projectFinish !== undefined;
  const dates = unscheduled(plan);
  const floats: FloatArrays = {
    totalFloat: resultArray(plan),
    freeFloat: resultArray(plan),
    critical: new Uint8Array(n),
  };
  let context = createContext(plan, dates, freshScratch(plan));
  let run = runForwardAndBackward(context, input.projectFinish, floats);
  if (fromFinish) {
    // Scheduling from the finish: the backward pass from the fixed finish gives the project's
    // start (its earliest late start); early dates then run forward from there.
    const start = earliestActive(plan, dates.lateStart, input.projectStart);
    context = createContext(plan, dates, freshScratch(plan), start);
    run = runForwardAndBackward(context, input.projectFinish, floats);
  }
  if (pinAsLateAsPossible(context))
    run = runForwardAndBackward(context, fromFinish ? input.projectFinish : undefined, floats);
  return resultOf(context, run, fromFinish ? context.projectStart : input.projectStart);
}

/** The result of a run whose dates and floats are complete. */
export function resultOf(
  context: ScheduleContext,
  floats: FloatRun,
  projectStart: number,
): ScheduleResult {
  const projectFinish = floats.projectFinish;
  return {
    ok: true,
    projectStart: toLocalMinute(projectStart),
    projectFinish: toLocalMinute(projectFinish),
    start: context.earlyStart,
    finish: context.earlyFinish,
    earlyStart: context.earlyStart,
    earlyFinish: context.earlyFinish,
    lateStart: context.lateStart,
    lateFinish: context.lateFinish,
    totalFloat: floats.totalFloat,
    freeFloat: floats.freeFloat,
    critical: floats.critical,
    passState: {
      projectStart: context.projectStart,
      pinned: context.pinnedStart.some((value) => !Number.isNaN(value)),
      scratch: context,
      floats,
    },
  };
}

/** The latest early finish of the active tasks: where the backward pass starts. */
export function latestFinish(context: ScheduleContext): number {
  const { plan, earlyFinish } = context;
  let finish = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < plan.taskCount; t++) {
    if (plan.active[t] === 1 && (earlyFinish[t] ?? 0) > finish) finish = earlyFinish[t] ?? 0;
  }
  return finish === Number.NEGATIVE_INFINITY ? context.projectStart : finish;
}

/**
 * One forward and one backward pass, with the floats; the backward pass starts from
 * `fixedFinish` if given (and scheduling from the finish). Returns the floats' run, whose
 * finish is the project finish.
 */
function runForwardAndBackward(
  context: ScheduleContext,
  fixedFinish: number | undefined,
  floats: FloatArrays,
): FloatRun {
  forwardPass(context);
  const finish = latestFinish(context);
  const lateFrom =
    fixedFinish !== undefined && context.plan.input.scheduleFrom === "finish"
      ? fixedFinish
      : finish;
  const limit = context.plan.input.criticalFloatLimit ?? 0;
  const run = floatRun(context, Math.max(finish, lateFrom), limit, floats);
  backwardPass(context, lateFrom, run);
  return run;
}

/** The earliest of `values` over active tasks, or `fallback`. */
function earliestActive(plan: SchedulePlan, values: Float64Array, fallback: number): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (let t = 0; t < plan.taskCount; t++) {
    if (plan.active[t] === 1 && plan.summary[t] !== 1 && (values[t] ?? earliest) < earliest)
      earliest = values[t] ?? earliest;
  }
  return earliest === Number.POSITIVE_INFINITY ? fallback : earliest;
}

/**
 * As-late-as-possible tasks sit at their late dates, and MS Project reports those as their
 * early dates too (so they have no float); their successors follow them. Pins each such task
 * (automatic, not started, not a summary) and says whether another pass is needed.
 */
function pinAsLateAsPossible(context: ScheduleContext): boolean {
  const plan = context.plan;
  if (!context.features.lateAsPossible) return false;
  let pinned = false;
  for (let t = 0; t < plan.taskCount; t++) {
    if (plan.active[t] !== 1 || plan.summary[t] === 1 || context.constraintType[t] !== ALAP)
      continue;
    if (isManual(context, t) || !Number.isNaN(context.actualStart[t] ?? Number.NaN)) continue;
    context.pinnedStart[t] = context.lateStart[t] ?? Number.NaN;
    context.pinnedFinish[t] = context.lateFinish[t] ?? Number.NaN;
    pinned = true;
  }
  return pinned;
}

/**
 * A one-task schedule made when this module loads and kept for the life of the process. V8
 * drops the hidden class of an object kind (a run's context, its float run, its result) a few
 * collections after the last such object dies, and with it the optimised code of every pass
 * compiled against it: the next run would start again in unoptimised code, three times slower
 * on a 100,000-task plan. Keeping one object of each kind alive keeps those classes.
 */
const workday = [{ from: 480, to: 1020 }];
const keptShapes = compilePlan({
  calendars: [
    {
      name: "standard",
      week: [[], workday, workday, workday, workday, workday, []],
      exceptions: [],
      workWeeks: [],
    },
  ],
  projectCalendar: 0,
  projectStart: toLocalMinute(480),
  tasks: [{ key: 0, duration: toWorkingMinutes(480) }],
  links: [],
});
export const shapeKeeper = keptShapes.ok ? schedulePlan(keptShapes.plan) : keptShapes;
