// The backward pass: late start and late finish of every task, in reverse node order.
//
// MS Project rules followed here:
// - A task finishes no later than the project finish, its successors' link dates, its
//   summaries' outgoing link dates, an FNLT/MFO constraint date and its deadline; SNLT/MSO
//   bound its start.
// - A start bound (from SS, SF successors) bounds the finish a duration later.
// - A summary task spans its children's late dates.
//
// Every task's links give its bounds (`linkDrivenFinish`); a task whose kind has no rule beyond
// its links is placed from them directly, the others go through `backward-rules.ts`. Where late
// dates fall on a break is in `late-dates.ts`.

import {
  KIND_CONSTRAINED,
  KIND_DEADLINE,
  KIND_DELAYED,
  KIND_ELAPSED,
  KIND_INACTIVE,
  KIND_MANUAL,
  KIND_PROGRESS,
  KIND_SUMMARY,
} from "../network/schedule-codes.js";
import { onMinuteGrid } from "../time/local-minute.js";
import {
  backwardWithRules,
  manualSummaryLateStart,
  typedDatesSpanChildren,
} from "./backward-rules.js";
import { FINISH, isEarlierOn, sideOf } from "./date-side.js";
import { computeTaskFloat, type FloatRun } from "./float.js";
import { rollUp } from "./forward-pass.js";
import { placeLateDates, setGivenLateDates } from "./late-dates.js";
import { isFinished, linkDrivenFinish } from "./link-driven-finish.js";
import { calendarOf, projectAnchor, type ScheduleContext } from "./schedule-context.js";

/** Kinds whose late dates need more than their links (see backward-rules.ts). */
const BACKWARD_RULES =
  KIND_SUMMARY |
  KIND_MANUAL |
  KIND_PROGRESS |
  KIND_ELAPSED |
  KIND_CONSTRAINED |
  KIND_DEADLINE |
  KIND_DELAYED;

/**
 * Late dates of every node, from the project finish `projectFinish`; with `floats`, every
 * task's floats too, each detail task's as soon as its late dates are set (its successors' data
 * is then still at hand), summaries' at the end.
 */
export function backwardPass(
  context: ScheduleContext,
  projectFinish: number,
  floats?: FloatRun,
): void {
  const { order, taskCount } = context.plan;
  const kind = context.kind;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] ?? 0;
    backwardNode(context, node, projectFinish);
    if (floats !== undefined && node < taskCount && ((kind[node] ?? 0) & KIND_SUMMARY) === 0)
      computeTaskFloat(context, floats, node, context.scratch[7]);
  }
  if (floats === undefined || !context.features.summaries) return;
  for (let t = 0; t < taskCount; t++)
    if (((kind[t] ?? 0) & KIND_SUMMARY) !== 0) computeTaskFloat(context, floats, t);
}

/**
 * Computes one node of the backward pass: a task's late dates (for a summary's main node, the
 * late bounds its subtasks inherit), or the roll-up at a summary's start node. Returns whether
 * what the node produces changed.
 */
export function backwardNode(
  context: ScheduleContext,
  node: number,
  projectFinish: number,
): boolean {
  const { plan, lateStart, lateFinish, linkStart } = context;
  const n = plan.taskCount;
  if (node >= n) return rollUpLateDates(context, node - n);
  const t = node;
  const kind = context.kind[t] ?? 0;
  if ((kind & KIND_INACTIVE) !== 0) return false;
  const oldStart = lateStart[t];
  const oldFinish = lateFinish[t];
  const oldLinkStart = linkStart[t];
  const oldFollows = context.followsFinish[t];
  let changedBounds = false;
  if ((kind & BACKWARD_RULES) !== 0)
    changedBounds = backwardWithRules(context, t, kind, projectFinish);
  else placePlainTask(context, t, kind, projectFinish);
  // Whether the task follows the project finish is read by its predecessors too.
  return (
    changedBounds ||
    lateStart[t] !== oldStart ||
    lateFinish[t] !== oldFinish ||
    linkStart[t] !== oldLinkStart ||
    context.followsFinish[t] !== oldFollows
  );
}

/** A task with nothing but links and a duration: its late finish is its earliest bound. */
function placePlainTask(
  context: ScheduleContext,
  t: number,
  kind: number,
  projectFinish: number,
): void {
  linkDrivenFinish(context, t, kind);
  const scratch = context.scratch;
  context.followsFinish[t] = scratch[8] ?? 0;
  const calendar = calendarOf(context, t);
  const slot = projectAnchor(context, context.taskCalendar[t] ?? 0, true, projectFinish);
  let work = context.anchors[slot] ?? 0;
  let side = context.anchors[slot + 1] ?? 0;
  let moment = projectFinish;
  const boundWork = scratch[0] ?? 0;
  const boundSide = scratch[1] ?? 0;
  const boundMoment = scratch[2] ?? 0;
  if (isEarlierOn(calendar, boundWork, boundSide, boundMoment, work, side, moment)) {
    work = boundWork;
    side = boundSide;
    moment = boundMoment;
  }
  let startWork = scratch[3] ?? 0;
  if (startWork !== Number.POSITIVE_INFINITY) {
    // A bound on the start bounds the finish a duration later (the end of its last minute).
    let startSide = scratch[4] ?? 0;
    const startMoment = scratch[5] ?? 0;
    const duration = context.duration[t] ?? 0;
    if (Number.isNaN(startWork) && duration !== 0) {
      startWork = calendar.workBefore(startMoment);
      startSide = sideOf(calendar, startMoment, startWork);
    }
    const fromStartWork = duration === 0 ? startWork : onMinuteGrid(startWork + duration);
    const fromStartSide = duration === 0 ? startSide : FINISH;
    if (isEarlierOn(calendar, fromStartWork, fromStartSide, startMoment, work, side, moment)) {
      work = fromStartWork;
      side = fromStartSide;
      moment = startMoment;
    }
  }
  if (Number.isNaN(work)) {
    work = calendar.workBefore(moment);
    side = sideOf(calendar, moment, work);
  }
  placeLateDates(context, t, work, side, moment, false);
}

/**
 * A summary's late dates at its start node: the span of its children's (unless manual and typed
 * apart from them, see typedDatesSpanChildren).
 */
function rollUpLateDates(context: ScheduleContext, s: number): boolean {
  const kind = context.kind[s] ?? 0;
  if ((kind & KIND_SUMMARY) === 0) return false;
  const manual = (kind & KIND_MANUAL) !== 0 && !typedDatesSpanChildren(context, s);
  if (manual && isFinished(context, s)) return false;
  const { plan, lateStart, lateFinish } = context;
  const oldStart = lateStart[s] ?? 0;
  const oldFinish = lateFinish[s] ?? 0;
  // A manually scheduled child counts with its typed dates: MS Project spans a summary's late
  // dates over them (in `Global-Treps` a phase whose manual kick-off is typed on its first day
  // has its late start there, and not the manual task's late finish at the project's end).
  rollUp(plan.childOffsets, plan.children, s, lateStart, lateFinish, context);
  if (manual) {
    // A manual summary keeps its typed finish and the late start of its main node
    // (backward-rules.ts), but starts no earlier than its subtasks need to: in
    // `nouveauProjetImmo` a phase typed from 03-15 whose subtasks can all wait until 04-19 has
    // its late start, and its predecessors their float, from there.
    const start = Math.max(manualSummaryLateStart(context, s), lateStart[s] ?? 0);
    setGivenLateDates(context, s, start, context.earlyFinish[s] ?? 0);
  } else setGivenLateDates(context, s, lateStart[s] ?? 0, lateFinish[s] ?? 0);
  return lateStart[s] !== oldStart || lateFinish[s] !== oldFinish;
}
