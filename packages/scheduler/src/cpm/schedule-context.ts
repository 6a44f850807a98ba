// Per-run view the passes work on: the plan's resolved task table, the dates being computed,
// and scratch arrays the forward pass fills for the backward pass. Also the lag and duration
// arithmetic they share.
//
// Every date is held three ways: its working-time position on the task's calendar, its side
// there (see date-side.ts), and its moment, which is the result. Passes read positions and
// sides, so a link between tasks on one calendar is arithmetic; each moment is worked out once,
// when its date is set. The calendar is asked about four times per task in all, and to place
// dates that come from outside the network (constraints, actuals, typed dates).

import type { MomentBias, WorkingTime } from "../calendar/working-time.js";
import {
  KIND_ELAPSED,
  KIND_MANUAL,
  LAG_ON_PREDECESSOR,
  LAG_ON_PROJECT,
} from "../network/schedule-codes.js";
import type { SchedulePlan } from "../network/schedule-plan.js";
import type { PlanFeatures } from "../network/task-table.js";
import { dateAt, sideOf } from "./date-side.js";

/** The four dates of every task, indexed like the input's tasks (NaN for inactive tasks). */
export interface ScheduleDates {
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
}

/** The per-task scratch of a run, kept in a result so an edit can resume from it. */
export interface RunScratch {
  /** Positions of each task's dates on its calendar (workBefore of the date). */
  readonly earlyStartWork: Float64Array;
  readonly earlyFinishWork: Float64Array;
  readonly lateStartWork: Float64Array;
  readonly lateFinishWork: Float64Array;
  /** Sides of each task's dates (FINISH, BETWEEN, START). */
  readonly earlyStartSide: Uint8Array;
  readonly earlyFinishSide: Uint8Array;
  readonly lateStartSide: Uint8Array;
  readonly lateFinishSide: Uint8Array;
  /**
   * The late start a predecessor's link sees: the resume point of a task in progress. Only
   * plans with progress have these (empty otherwise: it is then the late start).
   */
  readonly linkStart: Float64Array;
  readonly linkStartWork: Float64Array;
  readonly linkStartSide: Uint8Array;
  /** A manual summary's link-driven start (NaN if none), written by the forward pass. */
  readonly summaryLinkStart: Float64Array;
  /** Where a task in progress resumes (NaN if none), written by the forward pass. */
  readonly resumeAt: Float64Array;
  /** Link bounds gathered at each summary in the forward pass, inherited by its subtasks. */
  readonly forwardStartBound: Float64Array;
  readonly forwardFinishBound: Float64Array;
  /** Late bounds gathered at each summary in the backward pass, inherited by its subtasks. */
  readonly backwardStartBound: Float64Array;
  readonly backwardFinishBound: Float64Array;
  /** Dates an as-late-as-possible task is held at in a second pass (NaN until known). */
  readonly pinnedStart: Float64Array;
  readonly pinnedFinish: Float64Array;
  /**
   * 1 when a task's late dates follow the project finish alone: every bound on them comes from
   * it through plain links (see finish-shift.ts). Those move with it, without being worked out.
   */
  readonly followsFinish: Uint8Array;
  /** Each task's least slack to its successors (see successorSlack), kept with its floats. */
  readonly leastSlack: Float64Array;
}

/**
 * Everything a pass reads, and the scratch it shares with the other passes of one run. A class,
 * so that every run's context has the one shape the optimised passes were compiled for, however
 * many runs come and go.
 */
export class ScheduleContext implements ScheduleDates, RunScratch {
  readonly plan: SchedulePlan;
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  readonly earlyStartWork: Float64Array;
  readonly earlyFinishWork: Float64Array;
  readonly lateStartWork: Float64Array;
  readonly lateFinishWork: Float64Array;
  readonly earlyStartSide: Uint8Array;
  readonly earlyFinishSide: Uint8Array;
  readonly lateStartSide: Uint8Array;
  readonly lateFinishSide: Uint8Array;
  readonly linkStart: Float64Array;
  readonly linkStartWork: Float64Array;
  readonly linkStartSide: Uint8Array;
  readonly summaryLinkStart: Float64Array;
  readonly resumeAt: Float64Array;
  readonly forwardStartBound: Float64Array;
  readonly forwardFinishBound: Float64Array;
  readonly backwardStartBound: Float64Array;
  readonly backwardFinishBound: Float64Array;
  readonly pinnedStart: Float64Array;
  readonly pinnedFinish: Float64Array;
  readonly followsFinish: Uint8Array;
  readonly leastSlack: Float64Array;
  readonly duration: Float64Array;
  /** KIND_* bits of each task. */
  readonly kind: Uint8Array;
  readonly milestone: Uint8Array;
  readonly constraintType: Uint8Array;
  readonly constraintDate: Float64Array;
  readonly deadline: Float64Array;
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly actualDuration: Float64Array;
  readonly levelingDelay: Float64Array;
  readonly levelingDelayElapsed: Uint8Array;
  readonly lag: Float64Array;
  readonly lagElapsed: Uint8Array;
  /** Type and LINK_PLAIN of each plan link. */
  readonly linkKind: Uint8Array;
  /** Lag and kind of the links out of each task, in the plan's `outLinks` order. */
  readonly outLag: Float64Array;
  readonly outKind: Uint8Array;
  readonly lagCalendarRule: number;
  readonly taskCalendar: Int32Array;
  /** See PlanStructure.floatCalendar. */
  readonly floatCalendar: Int32Array;
  readonly calendars: readonly (WorkingTime | undefined)[];
  readonly projectCalendar: WorkingTime;
  readonly projectCalendarIndex: number;
  readonly honorConstraints: boolean;
  readonly features: PlanFeatures;
  /** How late dates on a break are written (LATE_* code). */
  readonly lateDateStyle: number;
  readonly projectStart: number;
  /**
   * Side channel for a helper's further results: a bound's position, side and moment (slots
   * 0–2, and 3–5 for a second bound), the project finish `anchors` was made for (slot 6), and a
   * task's least slack to its successors and whether its bounds follow the project finish
   * (slots 7 and 8, see linkDrivenFinish).
   */
  readonly scratch: Float64Array;
  /** Per calendar: position and side of the project start, then of the project finish. */
  readonly anchors: Float64Array;

  constructor(plan: SchedulePlan, dates: ScheduleDates, scratch: RunScratch, projectStart: number) {
    const table = plan.table;
    const projectCalendarIndex = plan.input.projectCalendar;
    const projectCalendar = plan.calendars[projectCalendarIndex];
    if (projectCalendar === undefined)
      throw new RangeError("the project calendar was not compiled");
    // Without progress a task's link start is its late start: the same arrays serve both.
    const ownLinkStart = scratch.resumeAt.length !== 0;
    const anchors = filled(4 * plan.calendars.length, Number.NaN);
    const helperResults = filled(9, Number.NaN);
    this.plan = plan;
    this.earlyStart = dates.earlyStart;
    this.earlyFinish = dates.earlyFinish;
    this.lateStart = dates.lateStart;
    this.lateFinish = dates.lateFinish;
    this.earlyStartWork = scratch.earlyStartWork;
    this.earlyFinishWork = scratch.earlyFinishWork;
    this.lateStartWork = scratch.lateStartWork;
    this.lateFinishWork = scratch.lateFinishWork;
    this.earlyStartSide = scratch.earlyStartSide;
    this.earlyFinishSide = scratch.earlyFinishSide;
    this.lateStartSide = scratch.lateStartSide;
    this.lateFinishSide = scratch.lateFinishSide;
    this.linkStart = ownLinkStart ? scratch.linkStart : dates.lateStart;
    this.linkStartWork = ownLinkStart ? scratch.linkStartWork : scratch.lateStartWork;
    this.linkStartSide = ownLinkStart ? scratch.linkStartSide : scratch.lateStartSide;
    this.summaryLinkStart = scratch.summaryLinkStart;
    this.resumeAt = scratch.resumeAt;
    this.forwardStartBound = scratch.forwardStartBound;
    this.forwardFinishBound = scratch.forwardFinishBound;
    this.backwardStartBound = scratch.backwardStartBound;
    this.backwardFinishBound = scratch.backwardFinishBound;
    this.pinnedStart = scratch.pinnedStart;
    this.pinnedFinish = scratch.pinnedFinish;
    this.followsFinish = scratch.followsFinish;
    this.leastSlack = scratch.leastSlack;
    this.duration = table.duration;
    this.kind = table.kind;
    this.milestone = table.milestone;
    this.constraintType = table.constraintType;
    this.constraintDate = table.constraintDate;
    this.deadline = table.deadline;
    this.actualStart = table.actualStart;
    this.actualFinish = table.actualFinish;
    this.actualDuration = table.actualDuration;
    this.levelingDelay = table.levelingDelay;
    this.levelingDelayElapsed = table.levelingDelayElapsed;
    this.lag = table.lag;
    this.lagElapsed = table.lagElapsed;
    this.linkKind = table.linkKind;
    this.outLag = table.outLag;
    this.outKind = table.outKind;
    this.lagCalendarRule = table.lagCalendarRule;
    this.taskCalendar = plan.taskCalendar;
    this.floatCalendar = plan.floatCalendar;
    this.calendars = plan.calendars;
    this.projectCalendar = projectCalendar;
    this.projectCalendarIndex = projectCalendarIndex;
    this.honorConstraints = table.honorConstraints;
    this.features = table.features;
    this.lateDateStyle = table.lateDateStyle;
    this.projectStart = projectStart;
    this.scratch = helperResults;
    this.anchors = anchors;
  }
}

/**
 * Fresh scratch for a run over `plan`. Arrays for features the plan lacks are empty: reads past
 * the end give undefined, which every reader treats as "none".
 */
export function freshScratch(plan: SchedulePlan): RunScratch {
  const n = plan.taskCount;
  const features = plan.table.features;
  const summaries = features.summaries ? n : 0;
  const progress = features.progress ? n : 0;
  // Positions are written for every active task before anything reads them.
  return {
    earlyStartWork: new Float64Array(n),
    earlyFinishWork: new Float64Array(n),
    lateStartWork: new Float64Array(n),
    lateFinishWork: new Float64Array(n),
    earlyStartSide: new Uint8Array(n),
    earlyFinishSide: new Uint8Array(n),
    lateStartSide: new Uint8Array(n),
    lateFinishSide: new Uint8Array(n),
    linkStart: filled(progress, Number.NaN),
    linkStartWork: filled(progress, Number.NaN),
    linkStartSide: new Uint8Array(progress),
    summaryLinkStart: filled(features.manualSummaries ? n : 0, Number.NaN),
    resumeAt: filled(progress, Number.NaN),
    forwardStartBound: filled(summaries, Number.NEGATIVE_INFINITY),
    forwardFinishBound: filled(summaries, Number.NEGATIVE_INFINITY),
    backwardStartBound: filled(summaries, Number.POSITIVE_INFINITY),
    backwardFinishBound: filled(summaries, Number.POSITIVE_INFINITY),
    pinnedStart: filled(features.lateAsPossible ? n : 0, Number.NaN),
    pinnedFinish: filled(features.lateAsPossible ? n : 0, Number.NaN),
    followsFinish: new Uint8Array(n),
    leastSlack: new Float64Array(n),
  };
}

/** A run over `plan` writing into `dates` and `scratch`; `projectStart` overrides the input's. */
export function createContext(
  plan: SchedulePlan,
  dates: ScheduleDates,
  scratch: RunScratch,
  projectStart = plan.table.projectStart,
): ScheduleContext {
  return new ScheduleContext(plan, dates, scratch, projectStart);
}

/** An array of `length` filled with `value`. */
function filled(length: number, value: number): Float64Array {
  return new Float64Array(length).fill(value);
}

/** The calendar task `t` is scheduled on. */
export function calendarOf(context: ScheduleContext, t: number): WorkingTime {
  return context.calendars[context.taskCalendar[t] ?? -1] ?? context.projectCalendar;
}

/** True for a task whose duration is wall-clock time. */
export function isElapsed(context: ScheduleContext, t: number): boolean {
  return ((context.kind[t] ?? 0) & KIND_ELAPSED) !== 0;
}

/** True for a manually scheduled task. */
export function isManual(context: ScheduleContext, t: number): boolean {
  return ((context.kind[t] ?? 0) & KIND_MANUAL) !== 0;
}

/** Index of the calendar that counts the lag of plan link `l` (see LagCalendar). */
function lagCalendarIndex(context: ScheduleContext, l: number): number {
  const rule = context.lagCalendarRule;
  if (rule === LAG_ON_PROJECT) return context.projectCalendarIndex;
  const plan = context.plan;
  const task = rule === LAG_ON_PREDECESSOR ? plan.linkFrom[l] : plan.linkTo[l];
  return context.taskCalendar[task ?? 0] ?? context.projectCalendarIndex;
}

/** `moment` moved by the lag of plan link `l` (backwards when `direction` is -1). */
export function applyLag(
  context: ScheduleContext,
  l: number,
  moment: number,
  direction: 1 | -1,
  bias: MomentBias,
): number {
  const lag = (context.lag[l] ?? 0) * direction;
  if (lag === 0) return moment;
  if (context.lagElapsed[l] === 1) return moment + lag;
  const calendar = context.calendars[lagCalendarIndex(context, l)] ?? context.projectCalendar;
  return calendar.add(moment, lag, bias);
}

/** `moment` plus (or minus) a task's duration on its own calendar. */
export function addDuration(
  context: ScheduleContext,
  t: number,
  moment: number,
  direction: 1 | -1,
  bias: MomentBias,
): number {
  const duration = (context.duration[t] ?? 0) * direction;
  if (isElapsed(context, t)) return moment + duration;
  if (duration === 0) return moment;
  return calendarOf(context, t).add(moment, duration, bias);
}

/**
 * Writes `moment` as a bound of task `t` into `scratch` (position, side, moment), placing it on
 * the task's calendar. Used for dates that come as moments: inherited and constraint dates,
 * links across calendars.
 */
export function boundOfMoment(context: ScheduleContext, t: number, moment: number): void {
  const calendar = calendarOf(context, t);
  const work = calendar.workBefore(moment);
  context.scratch[0] = work;
  context.scratch[1] = sideOf(calendar, moment, work);
  context.scratch[2] = moment;
}

/**
 * The moment of a bound of task `t` at position `work` on `side` (`moment` if BETWEEN, or if
 * the position is not known: NaN).
 */
export function momentOfBound(
  context: ScheduleContext,
  t: number,
  work: number,
  side: number,
  moment: number,
): number {
  if (work === Number.NEGATIVE_INFINITY || work === Number.POSITIVE_INFINITY) return work;
  // A bound known by its moment alone (see isEarlierOn) is that moment.
  if (Number.isNaN(work)) return moment;
  return dateAt(calendarOf(context, t), work, side, moment);
}

/**
 * Where the position and side of the project start (`finish` false) or of `projectFinish` on
 * calendar `index` stand in `anchors` (position at the returned slot, side after it): worked
 * out once per calendar and pass.
 */
export function projectAnchor(
  context: ScheduleContext,
  index: number,
  finish: boolean,
  projectFinish: number,
): number {
  const anchors = context.anchors;
  const slot = 4 * index + (finish ? 2 : 0);
  if (finish && context.scratch[6] !== projectFinish) {
    // A new finish (the next pass of a run): forget every calendar's finish.
    for (let i = 2; i < anchors.length; i += 4) anchors[i] = Number.NaN;
    context.scratch[6] = projectFinish;
  }
  if (Number.isNaN(anchors[slot] ?? Number.NaN)) {
    const calendar = context.calendars[index] ?? context.projectCalendar;
    const moment = finish ? projectFinish : context.projectStart;
    const work = calendar.workBefore(moment);
    anchors[slot] = work;
    anchors[slot + 1] = sideOf(calendar, moment, work);
  }
  return slot;
}

/** Moves a start onto working time; a milestone at the end of a working period stays there. */
export function placeStart(context: ScheduleContext, t: number, moment: number): number {
  if (isElapsed(context, t)) return moment;
  const calendar = calendarOf(context, t);
  if (context.milestone[t] === 1) {
    const finish = calendar.previousFinish(moment);
    if (finish === moment) return moment;
  }
  return calendar.nextStart(moment);
}
