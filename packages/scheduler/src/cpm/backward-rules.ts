// The backward pass for tasks whose kind has rules beyond their links: summaries (which hand
// their bounds to their subtasks), constraints and deadlines, progress, manual scheduling and
// elapsed durations.
//
// MS Project rules followed here:
// - A constraint date (FNLT/MFO on the finish, SNLT/MSO on the start) or a deadline replaces a
//   later link bound; a deadline never moves the task, it shows in late dates and float.
// - With "honor constraints" MFO/MSO pin the late dates to the constraint.
// - A task with an actual finish keeps its early dates as late dates (it can no longer move);
//   an automatic task that has started keeps its actual start as late start, and predecessors
//   are bound by where its remaining work resumes.
// - A manual summary keeps its typed finish; its late start is the latest of its typed start,
//   when links would let it start if it were scheduled automatically, and its earliest child's
//   start.

import type { WorkingTime } from "../calendar/working-time.js";
import {
  FNLT,
  KIND_CONSTRAINED,
  KIND_DEADLINE,
  KIND_DELAYED,
  KIND_ELAPSED,
  KIND_INACTIVE,
  KIND_MANUAL,
  KIND_PROGRESS,
  KIND_SUMMARY,
  MFO,
  MSO,
  SNLT,
} from "../network/schedule-codes.js";

import { onMinuteGrid } from "../time/local-minute.js";
import { FINISH, isEarlierOn } from "./date-side.js";
import { placeLateDates, setGivenLateDates, setLateStartOnly, setLinkStart } from "./late-dates.js";
import { isFinished, linkDrivenFinish } from "./link-driven-finish.js";
import {
  addDuration,
  boundOfMoment,
  calendarOf,
  momentOfBound,
  projectAnchor,
  type ScheduleContext,
} from "./schedule-context.js";

/**
 * Late dates (or, for a summary, the bounds its subtasks inherit) of a task whose kind has
 * rules beyond its links. Returns whether a summary's bounds changed.
 */
export function backwardWithRules(
  context: ScheduleContext,
  t: number,
  kind: number,
  projectFinish: number,
): boolean {
  linkDrivenFinish(context, t, kind);
  const scratch = context.scratch;
  // A rule can hold the late dates anywhere: they do not simply follow the project finish.
  context.followsFinish[t] = 0;
  // Bounds as position, side and moment: [finish…, start…].
  const bounds = [
    scratch[0] ?? 0,
    scratch[1] ?? 0,
    scratch[2] ?? 0,
    scratch[3] ?? 0,
    scratch[4] ?? 0,
    scratch[5] ?? 0,
  ];
  if ((kind & KIND_CONSTRAINED) !== 0) {
    const type = context.constraintType[t] ?? 0;
    const date = context.constraintDate[t] ?? Number.NaN;
    if (type === FNLT || type === MFO) boundByDate(context, t, bounds, 0, date);
    if (type === SNLT || type === MSO) boundByDate(context, t, bounds, 3, date);
  }
  if ((kind & KIND_DEADLINE) !== 0)
    boundByDate(context, t, bounds, 0, context.deadline[t] ?? Number.NaN);
  if ((kind & KIND_SUMMARY) !== 0) return summaryBounds(context, t, kind, bounds);
  if (isFinished(context, t)) {
    keepActualDates(context, t);
    return false;
  }
  const duration = context.duration[t] ?? 0;
  const elapsed = (kind & KIND_ELAPSED) !== 0;
  const calendar = calendarOf(context, t);
  const slot = projectAnchor(context, context.taskCalendar[t] ?? 0, true, projectFinish);
  const finish = [context.anchors[slot] ?? 0, context.anchors[slot + 1] ?? 0, projectFinish];
  takeEarlier(calendar, finish, bounds, 0);
  if ((bounds[3] ?? 0) !== Number.POSITIVE_INFINITY) {
    // A bound on the start bounds the finish a duration later (the end of its last minute).
    const fromStart = [bounds[3] ?? 0, bounds[4] ?? 0, bounds[5] ?? 0];
    if (elapsed) {
      const start = momentOfBound(context, t, bounds[3] ?? 0, bounds[4] ?? 0, bounds[5] ?? 0);
      fromStart[0] = Number.NaN;
      fromStart[2] = start + duration;
    } else if (duration !== 0) {
      placeBound(context, t, fromStart);
      fromStart[0] = onMinuteGrid((fromStart[0] ?? 0) + duration);
      fromStart[1] = FINISH;
    }
    takeEarlier(calendar, finish, fromStart, 0);
  }
  if ((kind & KIND_CONSTRAINED) !== 0 && context.honorConstraints) {
    const type = context.constraintType[t] ?? 0;
    if (type === MFO || type === MSO) {
      const date = context.constraintDate[t] ?? Number.NaN;
      finish[0] = Number.NaN;
      finish[2] = type === MFO ? date : addDuration(context, t, date, 1, "finish");
    }
  }
  const manual = (kind & KIND_MANUAL) !== 0;
  let computedStart: number;
  if (elapsed) {
    const finishMoment = momentOfBound(context, t, finish[0] ?? 0, finish[1] ?? 0, finish[2] ?? 0);
    computedStart = finishMoment - duration;
    setGivenLateDates(context, t, computedStart, finishMoment);
  } else {
    placeBound(context, t, finish);
    computedStart = placeLateDates(
      context,
      t,
      finish[0] ?? 0,
      finish[1] ?? 0,
      finish[2] ?? 0,
      manual,
    );
  }
  const actualStart =
    (kind & KIND_PROGRESS) !== 0 ? (context.actualStart[t] ?? Number.NaN) : Number.NaN;
  if (manual) {
    // A manually scheduled task in progress keeps its typed dates, but its predecessors are
    // bound, as for any started task, by where its remaining work resumes: its actual duration
    // after its actual start.
    const done = context.actualDuration[t] ?? Number.NaN;
    if (!Number.isNaN(actualStart) && done > 0)
      setLinkStart(
        context,
        t,
        elapsed ? actualStart + done : calendar.add(actualStart, done, "finish"),
      );
    return false;
  }
  if (!Number.isNaN(actualStart)) {
    // An automatically scheduled task that has started can no longer start later, and its
    // predecessors are bound by where its remaining work resumes.
    setLateStartOnly(context, t, actualStart);
    const resume = context.resumeAt[t] ?? Number.NaN;
    setLinkStart(context, t, Number.isNaN(resume) ? computedStart : resume);
  } else if ((kind & KIND_DELAYED) !== 0) {
    // A leveling delay holds the task back after its predecessors: they see its late start
    // less the delay, as though the delay were a lag (MS Project keeps a leveled chain critical).
    const delay = context.levelingDelay[t] ?? 0;
    setLinkStart(
      context,
      t,
      context.levelingDelayElapsed[t] === 1
        ? computedStart - delay
        : calendar.add(computedStart, -delay, "start"),
    );
  } else if ((kind & KIND_PROGRESS) !== 0) setLinkStart(context, t, computedStart);
  return false;
}

/**
 * Replaces the bound at `at` in `bounds` by `date` (a moment) when the date is earlier. The
 * date stays a moment (position NaN) until it is used: one may lie far out, where the calendar
 * does not reach, and still lose to the project finish.
 */
function boundByDate(
  context: ScheduleContext,
  t: number,
  bounds: number[],
  at: number,
  date: number,
): void {
  const current = momentOfBound(
    context,
    t,
    bounds[at] ?? 0,
    bounds[at + 1] ?? 0,
    bounds[at + 2] ?? 0,
  );
  if (!(date < current)) return;
  bounds[at] = Number.NaN;
  bounds[at + 2] = date;
}

/** Replaces `date` (position, side, moment) by the one at `at` in `other` when earlier. */
function takeEarlier(
  calendar: WorkingTime,
  date: number[],
  other: readonly number[],
  at: number,
): void {
  const work = other[at] ?? 0;
  const side = other[at + 1] ?? 0;
  const moment = other[at + 2] ?? 0;
  if (isEarlierOn(calendar, work, side, moment, date[0] ?? 0, date[1] ?? 0, date[2] ?? 0)) {
    date[0] = work;
    date[1] = side;
    date[2] = moment;
  }
}

/** Places a date known by its moment alone (position NaN) on task `t`'s calendar. */
function placeBound(context: ScheduleContext, t: number, date: number[]): void {
  if (!Number.isNaN(date[0] ?? 0)) return;
  boundOfMoment(context, t, date[2] ?? 0);
  date[0] = context.scratch[0] ?? 0;
  date[1] = context.scratch[1] ?? 0;
}

/**
 * A summary's main node: the bounds its subtasks inherit (kept as moments), and for a manual
 * summary typed apart from its subtasks its own late dates. Returns whether the bounds changed.
 */
function summaryBounds(
  context: ScheduleContext,
  s: number,
  kind: number,
  bounds: readonly number[],
): boolean {
  const finishBound = momentOfBound(context, s, bounds[0] ?? 0, bounds[1] ?? 0, bounds[2] ?? 0);
  const startBound = momentOfBound(context, s, bounds[3] ?? 0, bounds[4] ?? 0, bounds[5] ?? 0);
  const changed =
    context.backwardStartBound[s] !== startBound || context.backwardFinishBound[s] !== finishBound;
  context.backwardStartBound[s] = startBound;
  context.backwardFinishBound[s] = finishBound;
  if ((kind & KIND_MANUAL) === 0 || typedDatesSpanChildren(context, s)) return changed;
  if (isFinished(context, s)) {
    keepActualDates(context, s);
    return changed;
  }
  setGivenLateDates(context, s, manualSummaryLateStart(context, s), context.earlyFinish[s] ?? 0);
  return changed;
}

/**
 * A manual summary's late start as far as its main node knows it: the latest of its typed start,
 * where links would start it and its earliest subtask's start. Its start node raises it to its
 * subtasks' earliest late start (backward-pass.ts).
 */
export function manualSummaryLateStart(context: ScheduleContext, s: number): number {
  const linkDriven = context.summaryLinkStart[s] ?? Number.NaN;
  const typedStart = context.earlyStart[s] ?? 0;
  const start = !Number.isNaN(linkDriven) ? Math.max(typedStart, linkDriven) : typedStart;
  return Math.max(start, earliestChildStart(context, s));
}

/**
 * The earliest early start among a summary's active children: where its work really begins.
 * MS Project never puts a manual summary's late start before it (nothing inside can start
 * earlier), even when the typed start lies before it.
 */
function earliestChildStart(context: ScheduleContext, s: number): number {
  const { childOffsets, children } = context.plan;
  let start = Number.POSITIVE_INFINITY;
  for (let c = childOffsets[s] ?? 0, end = childOffsets[s + 1] ?? 0; c < end; c++) {
    const child = children[c] ?? 0;
    if (((context.kind[child] ?? 0) & KIND_INACTIVE) !== 0) continue;
    const childStart = context.earlyStart[child] ?? Number.NaN;
    if (childStart < start) start = childStart;
  }
  return start === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : start;
}

/**
 * Finished work cannot move: its late dates are its actual dates (or, for a manual summary
 * whose typed dates lie beyond its actuals, those dates).
 */
function keepActualDates(context: ScheduleContext, t: number): void {
  const actualStart = context.actualStart[t] ?? Number.NaN;
  const actualFinish = context.actualFinish[t] ?? Number.NaN;
  const start = context.earlyStart[t] ?? 0;
  const late = !Number.isNaN(actualStart) ? Math.max(start, actualStart) : start;
  setGivenLateDates(
    context,
    t,
    late,
    Math.max(actualFinish, context.earlyFinish[t] ?? actualFinish),
  );
}

/**
 * True when manual summary `s` is typed exactly over its active subtasks' span. MS Project then
 * gives it the late dates of an automatic summary, the span of its subtasks' late dates (in
 * `357LimitedWorkspace`, `TFG_Gantt`, `hospitalPortal` such summaries have late dates far from
 * their typed ones, where summaries typed apart from their subtasks, as in `sad_WBS`, keep
 * theirs): typed dates that only repeat the subtasks' say nothing of their own.
 */
export function typedDatesSpanChildren(context: ScheduleContext, s: number): boolean {
  const { childOffsets, children } = context.plan;
  let start = Number.POSITIVE_INFINITY;
  let finish = Number.NEGATIVE_INFINITY;
  for (let c = childOffsets[s] ?? 0, end = childOffsets[s + 1] ?? 0; c < end; c++) {
    const child = children[c] ?? 0;
    if (((context.kind[child] ?? 0) & KIND_INACTIVE) !== 0) continue;
    start = Math.min(start, context.earlyStart[child] ?? 0);
    finish = Math.max(finish, context.earlyFinish[child] ?? 0);
  }
  return start === context.earlyStart[s] && finish === context.earlyFinish[s];
}
