// The forward pass: early start and early finish of every task, in node order.
//
// MS Project rules followed here:
// - A task starts no earlier than the project start, its predecessors' link dates and its
//   summaries' link dates (a link into a summary task holds back every task inside it).
// - An early start falls at the next moment of working time on the task's calendar; an early
//   finish is the end of the last working minute (17:00, not 08:00 the next day).
// - A milestone whose date is the end of a working period stays there (it "finishes" with its
//   predecessor) instead of jumping to the next working morning.
// - Constraints: SNET/FNET push later; with "honor constraints" MSO/MFO pin the date and
//   SNLT/FNLT pull earlier even against links; without it, links win.
// - Actual start and finish replace computed dates; a manually scheduled task keeps its dates.
// - A summary task spans its children.
//
// Every task's links give one bound (`linkDrivenStart`); a task whose kind has no rule beyond
// its links is placed from it directly, the others go through `forward-rules.ts`.

import {
  FNET,
  KIND_CONSTRAINED,
  KIND_DELAYED,
  KIND_ELAPSED,
  KIND_INACTIVE,
  KIND_MANUAL,
  KIND_PROGRESS,
  KIND_SUMMARY,
  LINK_FS,
  LINK_SS,
  LINK_TYPE_BITS,
  MFO,
  MSO,
  SNET,
} from "../network/schedule-codes.js";
import { BETWEEN, FINISH, START } from "./date-side.js";
import { placeEarlyDates, setGivenDates } from "./early-dates.js";
import { scheduleWithRules } from "./forward-rules.js";
import { linkBound, linkDrivenStart } from "./link-driven-start.js";
import { isManual, placeStart, projectAnchor, type ScheduleContext } from "./schedule-context.js";

/** Kinds whose early dates need more than their links (see forward-rules.ts). */
const FORWARD_RULES = KIND_ELAPSED | KIND_MANUAL | KIND_CONSTRAINED | KIND_PROGRESS | KIND_DELAYED;

/** Early dates of every node. */
export function forwardPass(context: ScheduleContext): void {
  const order = context.plan.order;
  for (let i = 0; i < order.length; i++) forwardNode(context, order[i] ?? 0);
}

/**
 * Computes one node of the forward pass: a task's early dates, or the link bounds gathered at a
 * summary's start node (inherited by everything inside the summary). Returns whether what the
 * node produces changed, so an incremental pass knows whether to visit its dependents.
 */
export function forwardNode(context: ScheduleContext, node: number): boolean {
  const { plan, earlyStart, earlyFinish } = context;
  const n = plan.taskCount;
  if (node >= n) return forwardSummaryStart(context, node - n);
  const t = node;
  const kind = context.kind[t] ?? 0;
  if ((kind & KIND_INACTIVE) !== 0) return false;
  const oldStart = earlyStart[t];
  const oldFinish = earlyFinish[t];
  if ((kind & KIND_SUMMARY) !== 0) {
    rollUp(plan.childOffsets, plan.children, t, earlyStart, earlyFinish);
    if ((kind & KIND_MANUAL) !== 0) keepManualDates(context, t);
    setGivenDates(context, t, earlyStart[t] ?? 0, earlyFinish[t] ?? 0);
  } else if ((kind & FORWARD_RULES) !== 0 || context.pinnedStart.length !== 0) {
    scheduleWithRules(context, t, kind);
  } else {
    schedulePlainTask(context, t);
  }
  return earlyStart[t] !== oldStart || earlyFinish[t] !== oldFinish;
}

/** A task with nothing but links and a duration: placed at its links' bound. */
function schedulePlainTask(context: ScheduleContext, t: number): void {
  let work = linkDrivenStart(context, t, context.duration[t] ?? 0);
  let side = context.scratch[1] ?? START;
  let moment = context.scratch[2] ?? Number.NaN;
  if (work === Number.NEGATIVE_INFINITY) {
    // Nothing drives the task: it starts with the project.
    const slot = projectAnchor(context, context.taskCalendar[t] ?? 0, false, 0);
    work = context.anchors[slot] ?? 0;
    side = context.anchors[slot + 1] ?? START;
    moment = context.projectStart;
  }
  if (context.milestone[t] === 1 && side === BETWEEN) {
    // A milestone stays on the non-working moment that drives it (a project start on a Sunday).
    setGivenDates(context, t, moment, moment);
    return;
  }
  placeEarlyDates(context, t, work, context.milestone[t] === 1 && side === FINISH);
}

/** The bounds a summary hands to everything inside it: its links, constraints, typed start. */
function forwardSummaryStart(context: ScheduleContext, s: number): boolean {
  const plan = context.plan;
  if (((context.kind[s] ?? 0) & KIND_SUMMARY) === 0) return false;
  const inheritedStart = context.forwardStartBound;
  const inheritedFinish = context.forwardFinishBound;
  const p = plan.parent[s] ?? -1;
  let startBound =
    p >= 0 ? (inheritedStart[p] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  let finishBound =
    p >= 0 ? (inheritedFinish[p] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  let unlinkedStart = startBound;
  let unlinkedFinish = finishBound;
  for (let e = plan.inOffsets[s] ?? 0, end = plan.inOffsets[s + 1] ?? 0; e < end; e++) {
    const l = e;
    const bound = linkBound(context, l);
    if (isStartLink((context.linkKind[l] ?? 0) & LINK_TYPE_BITS))
      startBound = Math.max(startBound, bound);
    else finishBound = Math.max(finishBound, bound);
  }
  const type = context.constraintType[s];
  const date = context.constraintDate[s] ?? Number.NaN;
  if ((type === SNET || type === MSO) && !Number.isNaN(date)) {
    startBound = Math.max(startBound, date);
    unlinkedStart = Math.max(unlinkedStart, date);
  }
  if ((type === FNET || type === MFO) && !Number.isNaN(date)) {
    finishBound = Math.max(finishBound, date);
    unlinkedFinish = Math.max(unlinkedFinish, date);
  }
  // A manually scheduled summary holds its subtasks at its own typed start instead: its links
  // move neither it nor them (they only say where it would start, for its late start).
  const manualStart = isManual(context, s) ? plan.input.tasks[s]?.manualStart : undefined;
  context.summaryLinkStart[s] = Number.NaN;
  if (manualStart !== undefined) {
    if (startBound > unlinkedStart)
      context.summaryLinkStart[s] = placeStart(context, s, startBound);
    startBound = Math.max(unlinkedStart, manualStart);
    finishBound = unlinkedFinish;
  }
  const changed = inheritedStart[s] !== startBound || inheritedFinish[s] !== finishBound;
  inheritedStart[s] = startBound;
  inheritedFinish[s] = finishBound;
  return changed;
}

function isStartLink(type: number): boolean {
  return type === LINK_FS || type === LINK_SS;
}

/** A manually scheduled summary keeps the dates typed for it instead of its children's span. */
function keepManualDates(context: ScheduleContext, s: number): void {
  const task = context.plan.input.tasks[s];
  if (task?.manualStart !== undefined) context.earlyStart[s] = task.manualStart;
  if (task?.manualFinish !== undefined) context.earlyFinish[s] = task.manualFinish;
}

/** Where a manually scheduled child's typed dates are read, for the late roll-up (a context). */
export interface TypedDates {
  readonly kind: Uint8Array;
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
}

/**
 * A summary's dates: the earliest start and latest finish of its children. With `typed`, a
 * manually scheduled child (not a summary) counts with its typed dates from there instead.
 */
export function rollUp(
  childOffsets: Int32Array,
  children: Int32Array,
  s: number,
  starts: Float64Array,
  finishes: Float64Array,
  typed?: TypedDates,
): void {
  let start = Number.POSITIVE_INFINITY;
  let finish = Number.NEGATIVE_INFINITY;
  for (let c = childOffsets[s] ?? 0, end = childOffsets[s + 1] ?? 0; c < end; c++) {
    const child = children[c] ?? 0;
    const own =
      typed !== undefined &&
      ((typed.kind[child] ?? 0) & (KIND_MANUAL | KIND_SUMMARY)) === KIND_MANUAL;
    const childStart = (own ? typed.earlyStart[child] : starts[child]) ?? 0;
    const childFinish = (own ? typed.earlyFinish[child] : finishes[child]) ?? 0;
    if (childStart < start) start = childStart;
    if (childFinish > finish) finish = childFinish;
  }
  starts[s] = start;
  finishes[s] = finish;
}
