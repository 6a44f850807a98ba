// The forward pass for tasks whose kind has rules beyond their links: constraints, leveling
// delays, progress, manual scheduling, elapsed durations, and as-late-as-possible tasks pinned
// in a second pass. The rules compare moments (a constraint date need not be on working time),
// so the link bound is turned into its moment here; the dates end up placed as for any task.

import {
  FNET,
  FNLT,
  KIND_CONSTRAINED,
  KIND_DELAYED,
  KIND_ELAPSED,
  KIND_MANUAL,
  KIND_PROGRESS,
  MFO,
  MSO,
  SNET,
  SNLT,
} from "../network/schedule-codes.js";
import { remainingWorkBound } from "../network/uncompleted-work.js";
import { BETWEEN, sideOf } from "./date-side.js";
import { placeEarlyDates, setGivenDates } from "./early-dates.js";
import { linkDrivenStart } from "./link-driven-start.js";
import {
  addDuration,
  calendarOf,
  isElapsed,
  momentOfBound,
  placeStart,
  type ScheduleContext,
} from "./schedule-context.js";

/** Early dates of a detail task whose kind has rules beyond its links. */
export function scheduleWithRules(context: ScheduleContext, t: number, kind: number): void {
  // Only a task in progress resumes; cleared first so an edit that removes progress clears it.
  if (context.resumeAt.length !== 0) context.resumeAt[t] = Number.NaN;
  if (context.pinnedStart.length !== 0) {
    const pinned = context.pinnedStart[t] ?? Number.NaN;
    if (!Number.isNaN(pinned)) {
      setGivenDates(context, t, pinned, context.pinnedFinish[t] ?? pinned);
      return;
    }
  }
  if ((kind & (KIND_PROGRESS | KIND_MANUAL)) !== 0 && scheduleKeptDates(context, t, kind)) return;
  const type = (kind & KIND_CONSTRAINED) !== 0 ? (context.constraintType[t] ?? 0) : 0;
  const duration = context.duration[t] ?? 0;
  const linkedWork = linkDrivenStart(context, t, duration);
  const scratch = context.scratch;
  const linked = momentOfBound(context, t, linkedWork, scratch[1] ?? 0, scratch[2] ?? 0);
  let start = linked;
  // The project start only holds back a task that nothing else drives: a link (its own or a
  // summary's) or a start or finish constraint replaces it, even when earlier (MS Project lets
  // such a task start before the project).
  const dated = type === SNET || type === FNET || type === MSO || type === MFO;
  if (start === Number.NEGATIVE_INFINITY && !dated) start = context.projectStart;
  const driven = start;
  if (type !== 0) start = constrainStart(context, t, type, start, false);
  if ((kind & KIND_DELAYED) !== 0) {
    const delay = context.levelingDelay[t] ?? 0;
    // The delay counts from where the task would otherwise start, on working time.
    const undelayed = placeStart(context, t, start);
    start =
      context.levelingDelayElapsed[t] === 1
        ? undelayed + delay
        : calendarOf(context, t).add(undelayed, delay, "start");
  }
  if (type !== 0 && context.honorConstraints) start = constrainStart(context, t, type, start, true);
  const onDate = (type === SNET || type === MSO) && start === context.constraintDate[t];
  if ((start === driven || onDate) && keepsMilestoneBetween(context, t, start)) return;
  setEarlyDates(context, t, start, start === linked ? linkedWork : Number.NaN, kind);
}

/**
 * A milestone driven by its links, the project start or its SNET/MSO date to a moment between
 * working periods (a project start on a Sunday) stays on it, as MS Project leaves it. Returns
 * whether it did.
 */
function keepsMilestoneBetween(context: ScheduleContext, t: number, start: number): boolean {
  if (context.milestone[t] !== 1 || isElapsed(context, t)) return false;
  const calendar = calendarOf(context, t);
  if (sideOf(calendar, start, calendar.workBefore(start)) !== BETWEEN) return false;
  setGivenDates(context, t, start, start);
  return true;
}

/**
 * Dates a task keeps whatever its links say: a started task its actual start (and actual
 * finish, or its remaining work after its links), a manual task its typed dates. Returns false
 * when neither applies.
 */
function scheduleKeptDates(context: ScheduleContext, t: number, kind: number): boolean {
  const actualStart = context.actualStart[t] ?? Number.NaN;
  const manual = (kind & KIND_MANUAL) !== 0;
  if (!Number.isNaN(actualStart)) {
    const actualFinish = context.actualFinish[t] ?? Number.NaN;
    let finish: number;
    if (!Number.isNaN(actualFinish)) finish = actualFinish;
    else if (manual) {
      finish =
        context.plan.input.tasks[t]?.manualFinish ??
        addDuration(context, t, actualStart, 1, "finish");
    } else finish = scheduleRemainingWork(context, t, actualStart);
    setGivenDates(context, t, actualStart, finish);
    return true;
  }
  if (!manual) return false;
  const task = context.plan.input.tasks[t];
  const start = task?.manualStart ?? context.projectStart;
  setGivenDates(
    context,
    t,
    start,
    task?.manualFinish ?? addDuration(context, t, start, 1, "finish"),
  );
  return true;
}

/**
 * A start moved by the task's constraint: before the leveling delay (`honored` false) the
 * constraints that only push later, or all of them when links win; after it (`honored` true)
 * the ones that override links when constraints are honoured.
 */
function constrainStart(
  context: ScheduleContext,
  t: number,
  type: number,
  start: number,
  honored: boolean,
): number {
  const date = context.constraintDate[t] ?? Number.NaN;
  if (!honored) {
    const honor = context.honorConstraints;
    if (type === SNET || (type === MSO && !honor)) return Math.max(start, date);
    if (type === FNET || (type === MFO && !honor))
      return Math.max(start, addDuration(context, t, date, -1, "start"));
    return start;
  }
  if (type === MSO) return date;
  if (type === MFO) return addDuration(context, t, date, -1, "start");
  if (type === SNLT && date < start) return date;
  if (type === FNLT) return Math.min(start, addDuration(context, t, date, -1, "start"));
  return start;
}

/**
 * Places a start (a moment) on working time and derives the finish; `knownWork` is the
 * start's position when known. A milestone at the end of a working period stays there.
 */
function setEarlyDates(
  context: ScheduleContext,
  t: number,
  moment: number,
  knownWork: number,
  kind: number,
): void {
  if ((kind & KIND_ELAPSED) !== 0) {
    setGivenDates(context, t, moment, moment + (context.duration[t] ?? 0));
    return;
  }
  const calendar = calendarOf(context, t);
  const work = Number.isNaN(knownWork) ? calendar.workBefore(moment) : knownWork;
  const atFinish = context.milestone[t] === 1 && calendar.finishAt(work) === moment;
  placeEarlyDates(context, t, work, atFinish);
}

/**
 * A task in progress: the work done stays where it was (from the actual start, for the actual
 * duration); the remaining work resumes when both that work and the task's links allow, so a
 * task started before its predecessor finished is split and completes after it (MS Project's
 * behaviour). With the remaining work rescheduled from the status date, it resumes after that
 * date too. Returns the early finish and records the resume point for the backward pass.
 */
function scheduleRemainingWork(context: ScheduleContext, t: number, actualStart: number): number {
  const duration = context.duration[t] ?? 0;
  const recordedActual = context.actualDuration[t] ?? Number.NaN;
  const actualDuration = !Number.isNaN(recordedActual) ? Math.min(recordedActual, duration) : 0;
  const remaining = duration - actualDuration;
  const calendar = calendarOf(context, t);
  const elapsed = isElapsed(context, t);
  const stop = elapsed
    ? actualStart + actualDuration
    : calendar.add(actualStart, actualDuration, "finish");
  const linkedWork = linkDrivenStart(context, t, remaining);
  const scratch = context.scratch;
  let linked = momentOfBound(context, t, linkedWork, scratch[1] ?? 0, scratch[2] ?? 0);
  // Rescheduling uncompleted work after the status date splits the task there.
  const statusDate = remainingWorkBound(context.plan.input) ?? Number.NaN;
  if (statusDate > linked) linked = statusDate;
  const resume = linked > stop ? placeStart(context, t, linked) : stop;
  context.resumeAt[t] = actualDuration > 0 ? resume : Number.NaN;
  return elapsed ? resume + remaining : calendar.add(resume, remaining, "finish");
}
