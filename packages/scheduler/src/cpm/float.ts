// Total float, free float and the critical flag, in working minutes on each task's calendar.
//
// MS Project rules followed here:
// - Start float is late start minus early start, finish float late finish minus early finish;
//   total float is the smaller of the two, or the finish float once the task has started.
// - Free float is how far the task can slip before it moves any successor's early date (or,
//   with no successor, the project finish), never more than its total float. A successor held
//   back by a leveling delay counts from where it would start without the delay: the delay is
//   the leveler's, not float the predecessor may use (as for late dates, backward-rules.ts).
// - A task is critical when its total float is at most the critical float limit and it is not
//   finished.

import {
  KIND_DELAYED,
  KIND_INACTIVE,
  KIND_PROGRESS,
  LINK_FF,
  LINK_FS,
  LINK_PLAIN,
  LINK_SS,
  LINK_TYPE_BITS,
} from "../network/schedule-codes.js";
import { onMinuteGrid } from "../time/local-minute.js";
import { applyLag, calendarOf, type ScheduleContext } from "./schedule-context.js";

/** Where float results go. */
export interface FloatArrays {
  readonly totalFloat: Float64Array;
  readonly freeFloat: Float64Array;
  readonly critical: Uint8Array;
}

/**
 * Floats of one run: the results, and what every task's floats are measured against. A class,
 * so that every run has the one shape the optimised float code was compiled for.
 */
export class FloatRun implements FloatArrays {
  readonly totalFloat: Float64Array;
  readonly freeFloat: Float64Array;
  readonly critical: Uint8Array;
  /** `workBefore(projectFinish)` on each calendar, filled as calendars are met (NaN before). */
  readonly projectFinishWork: Float64Array;

  constructor(
    out: FloatArrays,
    readonly projectFinish: number,
    readonly criticalLimit: number,
    calendarCount: number,
  ) {
    this.totalFloat = out.totalFloat;
    this.freeFloat = out.freeFloat;
    this.critical = out.critical;
    this.projectFinishWork = new Float64Array(calendarCount).fill(Number.NaN);
  }
}

/** A float run writing into `out`, measuring against `projectFinish`. */
export function floatRun(
  context: ScheduleContext,
  projectFinish: number,
  criticalLimit: number,
  out: FloatArrays,
): FloatRun {
  return new FloatRun(out, projectFinish, criticalLimit, context.calendars.length);
}

/** Fills `totalFloat`, `freeFloat` and `critical` for every active task. */
export function computeFloats(context: ScheduleContext, run: FloatRun): void {
  for (let t = 0; t < context.plan.taskCount; t++) computeTaskFloat(context, run, t);
}

/** Working minutes from task `t`'s early finish (at `earlyFinishWork`) to the project finish. */
export function slackToProjectFinish(
  context: ScheduleContext,
  run: FloatRun,
  t: number,
  earlyFinishWork: number,
): number {
  const index = context.taskCalendar[t] ?? 0;
  let finishWork = run.projectFinishWork[index] ?? Number.NaN;
  if (Number.isNaN(finishWork)) {
    finishWork = calendarOf(context, t).workBefore(run.projectFinish);
    run.projectFinishWork[index] = finishWork;
  }
  return finishWork - earlyFinishWork;
}

/**
 * Float and critical flag of one task. `knownSlack`, when not NaN, is the task's least slack
 * to its successors (see successorSlack), worked out by the pass that has just read them.
 */
export function computeTaskFloat(
  context: ScheduleContext,
  run: FloatRun,
  t: number,
  knownSlack = Number.NaN,
): void {
  const kind = context.kind[t] ?? 0;
  if ((kind & KIND_INACTIVE) !== 0) return;
  // Every date's position is kept (workBefore of the date), so floats are differences.
  const startWork = context.earlyStartWork[t] ?? 0;
  const finishWork = context.earlyFinishWork[t] ?? 0;
  let startFloat = (context.lateStartWork[t] ?? 0) - startWork;
  let finishFloat = (context.lateFinishWork[t] ?? 0) - finishWork;
  const floatCalendar = context.floatCalendar.length === 0 ? -1 : (context.floatCalendar[t] ?? -1);
  if (floatCalendar >= 0) {
    // Counted on the task's own calendar, not the intersection its dates are on. Such a task
    // never follows the finish (link-driven-finish.ts), so the finish shift leaves it here.
    const calendar = context.calendars[floatCalendar] ?? context.projectCalendar;
    startFloat = calendar.between(context.earlyStart[t] ?? 0, context.lateStart[t] ?? 0);
    finishFloat = calendar.between(context.earlyFinish[t] ?? 0, context.lateFinish[t] ?? 0);
  }
  const slack = Number.isNaN(knownSlack)
    ? successorSlack(context, t, startWork, finishWork)
    : knownSlack;
  context.leastSlack[t] = slack;
  const toFinish = slackToProjectFinish(context, run, t, finishWork);
  recordFloats(context, run, t, kind, startFloat, finishFloat, Math.min(toFinish, slack));
}

/**
 * Total float, free float and critical flag of task `t` from its start and finish floats and
 * the slack to its successors and the project finish (`slack`), by the rules above.
 */
export function recordFloats(
  context: ScheduleContext,
  run: FloatRun,
  t: number,
  kind: number,
  startFloat: number,
  finishFloat: number,
  slack: number,
): void {
  const progress = (kind & KIND_PROGRESS) !== 0;
  const started = progress && !Number.isNaN(context.actualStart[t] ?? Number.NaN);
  // On the grid before the critical test, so the flag agrees with the float reported.
  // `+ 0` turns a rounded -0 into 0, so the same float reached two ways compares equal.
  const total = onMinuteGrid(started ? finishFloat : Math.min(startFloat, finishFloat)) + 0;
  run.totalFloat[t] = total;
  run.freeFloat[t] = onMinuteGrid(Math.max(0, Math.min(slack, total))) + 0;
  const finished = progress && !Number.isNaN(context.actualFinish[t] ?? Number.NaN);
  run.critical[t] = !finished && total <= run.criticalLimit ? 1 : 0;
}

/**
 * The least slack of task `t` (early dates at positions `startWork`, `finishWork`) to the
 * successors it is linked to: how far it can slip before it moves one. Plus infinity without
 * successors; links into finished tasks do not count (they no longer wait).
 */
export function successorSlack(
  context: ScheduleContext,
  t: number,
  startWork: number,
  finishWork: number,
): number {
  const plan = context.plan;
  let least = Number.POSITIVE_INFINITY;
  for (let e = plan.outOffsets[t] ?? 0, end = plan.outOffsets[t + 1] ?? 0; e < end; e++) {
    const to = plan.outTo[e] ?? 0;
    if (
      ((context.kind[to] ?? 0) & KIND_PROGRESS) !== 0 &&
      !Number.isNaN(context.actualFinish[to] ?? Number.NaN)
    )
      continue;
    const slack = linkSlack(context, t, e, to, startWork, finishWork);
    if (slack < least) least = slack;
  }
  return least;
}

/**
 * How far task `t` can slip before it moves the successor `to` of its out-link `e`, in working
 * minutes on `t`'s calendar; `startWork`, `finishWork` are `t`'s early positions.
 */
export function linkSlack(
  context: ScheduleContext,
  t: number,
  e: number,
  to: number,
  startWork: number,
  finishWork: number,
): number {
  const link = context.outKind[e] ?? 0;
  const type = link & LINK_TYPE_BITS;
  const fromFinish = type === LINK_FS || type === LINK_FF;
  const toStart = type === LINK_FS || type === LINK_SS;
  const delayed = ((context.kind[to] ?? 0) & KIND_DELAYED) !== 0;
  if ((link & LINK_PLAIN) !== 0 && !delayed) {
    // One calendar: the slack is a difference of working positions.
    const lagWork = context.outLag[e] ?? 0;
    const anchorWork = fromFinish ? finishWork : startWork;
    const boundWork = lagWork === 0 ? anchorWork : onMinuteGrid(anchorWork + lagWork);
    const successorWork = toStart ? context.earlyStartWork[to] : context.earlyFinishWork[to];
    return (successorWork ?? 0) - boundWork;
  }
  const { earlyStart, earlyFinish } = context;
  const anchor = fromFinish ? (earlyFinish[t] ?? 0) : (earlyStart[t] ?? 0);
  const l = context.plan.outLinks[e] ?? 0;
  const bound = applyLag(context, l, anchor, 1, toStart ? "start" : "finish");
  let successorDate = toStart ? (earlyStart[to] ?? 0) : (earlyFinish[to] ?? 0);
  if (delayed) successorDate = undelayedDate(context, to, successorDate);
  return calendarOf(context, t).between(bound, successorDate);
}

/** `date` of task `to` moved back by its leveling delay (elapsed or on its calendar). */
function undelayedDate(context: ScheduleContext, to: number, date: number): number {
  const delay = context.levelingDelay[to] ?? 0;
  if (delay === 0) return date;
  return context.levelingDelayElapsed[to] === 1
    ? date - delay
    : calendarOf(context, to).add(date, -delay, "finish");
}
