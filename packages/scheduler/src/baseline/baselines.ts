// Baselines: snapshots of a schedule's start, finish, duration, work and cost, numbered 0–10 as
// in MS Project ("Baseline", "Baseline1" … "Baseline10"), and the variance of a later schedule
// against any of them. Variances of dates and durations are working minutes on each task's
// calendar, as MS Project reports Start Variance and Finish Variance.

import type { WorkingTime } from "../calendar/working-time.js";
import type { ScheduleResult } from "../cpm/schedule.js";
import { type SchedulePlan, taskCalendarOf } from "../network/schedule-plan.js";

/** The eleven baseline slots MS Project offers. */
export const BASELINE_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A baseline slot, 0 ("Baseline") to 10 ("Baseline10"). */
export type BaselineNumber = (typeof BASELINE_NUMBERS)[number];

/** One task's baseline values; work and cost are optional, the engine does not compute them. */
export interface TaskBaselineValues {
  readonly start: number;
  readonly finish: number;
  readonly duration: number;
  readonly work?: number;
  readonly cost?: number;
}

/** A captured baseline: one entry per input task (undefined for inactive tasks). */
export interface Baseline {
  readonly number: BaselineNumber;
  readonly tasks: readonly (TaskBaselineValues | undefined)[];
}

/** Work and cost per task, when the caller tracks them (indexed like the input's tasks). */
export interface WorkAndCost {
  readonly work?: ArrayLike<number>;
  readonly cost?: ArrayLike<number>;
}

/** Snapshots the current schedule into baseline `number`. */
export function captureBaseline(
  plan: SchedulePlan,
  result: ScheduleResult,
  number: BaselineNumber,
  extras: WorkAndCost = {},
): Baseline {
  const tasks = plan.input.tasks.map((_, t): TaskBaselineValues | undefined => {
    if (plan.active[t] !== 1) return undefined;
    return {
      start: result.start[t] ?? Number.NaN,
      finish: result.finish[t] ?? Number.NaN,
      duration: plan.table.duration[t] ?? 0,
      work: extras.work?.[t],
      cost: extras.cost?.[t],
    };
  });
  return { number, tasks };
}

/** The baselines with `baseline` stored in its slot (replacing what was there). */
export function storeBaseline(baselines: readonly Baseline[], baseline: Baseline): Baseline[] {
  return [...baselines.filter((existing) => existing.number !== baseline.number), baseline].sort(
    (a, b) => a.number - b.number,
  );
}

/** Current minus baseline, per task; NaN where the task has no baseline. */
export interface BaselineVariance {
  /** Working minutes the start moved (positive: later than the baseline). */
  readonly start: Float64Array;
  readonly finish: Float64Array;
  /** Change in duration, working minutes. */
  readonly duration: Float64Array;
  readonly work: Float64Array;
  readonly cost: Float64Array;
}

/** How far the current schedule has moved from `baseline`. */
export function baselineVariance(
  plan: SchedulePlan,
  result: ScheduleResult,
  baseline: Baseline,
): BaselineVariance {
  const n = plan.taskCount;
  const variance: BaselineVariance = {
    start: new Float64Array(n).fill(Number.NaN),
    finish: new Float64Array(n).fill(Number.NaN),
    duration: new Float64Array(n).fill(Number.NaN),
    work: new Float64Array(n).fill(Number.NaN),
    cost: new Float64Array(n).fill(Number.NaN),
  };
  for (let t = 0; t < n; t++) {
    const base = baseline.tasks[t];
    if (base === undefined || plan.active[t] !== 1) continue;
    const moved = taskVariance(taskCalendarOf(plan, t), base, {
      start: result.start[t] ?? base.start,
      finish: result.finish[t] ?? base.finish,
      duration: plan.table.duration[t] ?? 0,
    });
    variance.start[t] = moved.start;
    variance.finish[t] = moved.finish;
    variance.duration[t] = moved.duration;
  }
  return variance;
}

/** One task's dates on one side of a comparison: a baseline or the current schedule. */
export type DatedTask = Pick<TaskBaselineValues, "start" | "finish" | "duration">;

/** How far one task moved, in working minutes (positive: later, or longer). */
export interface TaskVariance {
  readonly start: number;
  readonly finish: number;
  readonly duration: number;
}

/**
 * How far a task moved from `from` to `to`, counted on its calendar as MS Project counts Start
 * and Finish Variance: a start that moved over a weekend moved by the working time between.
 * Comparing any two baselines is this with `from` the earlier one; `to` minus `from` makes the
 * sign MS Project's (positive: `to` is later).
 */
export function taskVariance(
  calendar: Pick<WorkingTime, "between">,
  from: DatedTask,
  to: DatedTask,
): TaskVariance {
  return {
    start: calendar.between(from.start, to.start),
    finish: calendar.between(from.finish, to.finish),
    duration: to.duration - from.duration,
  };
}

/** Work and cost variance against a baseline, for callers that track work and cost. */
export function workAndCostVariance(
  baseline: Baseline,
  current: WorkAndCost,
  into: BaselineVariance,
): void {
  baseline.tasks.forEach((base, t) => {
    if (base === undefined) return;
    const work = current.work?.[t];
    const cost = current.cost?.[t];
    if (work !== undefined && base.work !== undefined) into.work[t] = work - base.work;
    if (cost !== undefined && base.cost !== undefined) into.cost[t] = cost - base.cost;
  });
}
