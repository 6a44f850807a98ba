// The bounds a task's links put on it in the backward pass: the earliest of its successors'
// link dates and those inherited from its summaries, on its finish (FS, FF successors) and on
// its start (SS, SF). A plain link (one calendar, nothing elapsed) is arithmetic on the
// successor's position; other links go through moments.

import {
  KIND_MANUAL,
  KIND_PROGRESS,
  KIND_SUMMARY,
  LINK_FF,
  LINK_FS,
  LINK_PLAIN,
  LINK_SS,
  LINK_TYPE_BITS,
} from "../network/schedule-codes.js";
import { onMinuteGrid } from "../time/local-minute.js";
import { BETWEEN, FINISH, isEarlier, START } from "./date-side.js";
import { linkSlack } from "./float.js";
import {
  applyLag,
  boundOfMoment,
  momentOfBound,
  type ScheduleContext,
} from "./schedule-context.js";

/** True when task `t` has an actual finish: its work can no longer move. */
export function isFinished(context: ScheduleContext, t: number): boolean {
  return (
    ((context.kind[t] ?? 0) & KIND_PROGRESS) !== 0 &&
    !Number.isNaN(context.actualFinish[t] ?? Number.NaN)
  );
}

/**
 * Gathers task `t`'s late bounds into `scratch`: the finish bound's position, side and moment
 * (for a BETWEEN side, or when the position is NaN: an inherited bound not placed yet) in slots
 * 0–2, the start bound's in slots 3–5; a position of plus infinity when there is none. The
 * earliest bound wins; of equal dates the first met is kept. Slot 7 gets the task's least slack
 * to its successors (see successorSlack), read on the way for its free float; slot 8 is 1 when
 * every bound follows the project finish through plain links (see finish-shift.ts).
 */
export function linkDrivenFinish(context: ScheduleContext, t: number, kind: number): void {
  const plan = context.plan;
  const scratch = context.scratch;
  let finishWork = Number.POSITIVE_INFINITY;
  let finishSide = START;
  let finishMoment = Number.NaN;
  let startWork = Number.POSITIVE_INFINITY;
  let startSide = START;
  let startMoment = Number.NaN;
  // MS Project does not let a start-to-start or start-to-finish successor pull a manually
  // scheduled task's late dates (its start is the user's, not the network's), nor a summary's
  // subtasks: a summary starts with its earliest subtask, so a bound on its start says nothing
  // of the others, and MS Project hands none down (in `Global-Treps` an SS successor of the
  // "Executing" phase, held by its own FNET date, leaves the phase's subtasks their float).
  const ignoresStartBounds = (kind & (KIND_MANUAL | KIND_SUMMARY)) !== 0;
  // Going back over a lead (a negative lag) adds working time, which ends where its last
  // working minute ends: a milestone stays there (17:00), as in the forward pass after a lag.
  const milestoneBeforeLead = context.milestone[t] === 1;
  const { outTo, outLinks } = plan;
  const { outKind, outLag, linkStart, linkStartWork, linkStartSide, kind: kinds } = context;
  const { lateFinish, lateFinishWork, lateFinishSide } = context;
  const earlyStartWork = context.earlyStartWork[t] ?? 0;
  const earlyFinishWork = context.earlyFinishWork[t] ?? 0;
  let leastSlack = Number.POSITIVE_INFINITY;
  let follows = 1;
  const followsFinish = context.followsFinish;
  for (let e = plan.outOffsets[t] ?? 0, end = plan.outOffsets[t + 1] ?? 0; e < end; e++) {
    const to = outTo[e] ?? 0;
    // Work already finished no longer waits for anything: MS Project lets a link into a
    // finished task bound nothing.
    if (((kinds[to] ?? 0) & KIND_PROGRESS) !== 0 && isFinished(context, to)) continue;
    // The free float's slack to this successor, while its data is at hand.
    const slack = linkSlack(context, t, e, to, earlyStartWork, earlyFinishWork);
    if (slack < leastSlack) leastSlack = slack;
    const link = outKind[e] ?? 0;
    const type = link & LINK_TYPE_BITS;
    const boundsFinish = type === LINK_FS || type === LINK_FF;
    if (!boundsFinish && ignoresStartBounds) continue;
    const toStart = type === LINK_FS || type === LINK_SS;
    if ((link & LINK_PLAIN) === 0 || followsFinish[to] !== 1) follows = 0;
    let work: number;
    let side: number;
    let moment = Number.NaN;
    if ((link & LINK_PLAIN) !== 0) {
      // One calendar: the bound is the anchor's position moved back by the lag.
      const lagWork = outLag[e] ?? 0;
      work = toStart ? (linkStartWork[to] ?? 0) : (lateFinishWork[to] ?? 0);
      if (lagWork === 0) {
        side = toStart ? (linkStartSide[to] ?? 0) : (lateFinishSide[to] ?? 0);
        if (side === BETWEEN) moment = toStart ? (linkStart[to] ?? 0) : (lateFinish[to] ?? 0);
      } else {
        work = onMinuteGrid(work - lagWork);
        side = milestoneBeforeLead && lagWork < 0 ? FINISH : START;
      }
    } else {
      const anchor = toStart ? (linkStart[to] ?? 0) : (lateFinish[to] ?? 0);
      const l = outLinks[e] ?? 0;
      const bias = milestoneBeforeLead && (context.lag[l] ?? 0) < 0 ? "finish" : "start";
      moment = applyLag(context, l, anchor, -1, bias);
      boundOfMoment(context, t, moment);
      work = scratch[0] ?? 0;
      side = scratch[1] ?? 0;
    }
    if (boundsFinish) {
      if (isEarlier(work, side, moment, finishWork, finishSide, finishMoment)) {
        finishWork = work;
        finishSide = side;
        finishMoment = moment;
      }
    } else if (isEarlier(work, side, moment, startWork, startSide, startMoment)) {
      startWork = work;
      startSide = side;
      startMoment = moment;
    }
  }
  const p = plan.parent[t] ?? -1;
  if (p >= 0) {
    // Bounds inherited from the summaries above come as moments, and come first: they win a
    // tie. They stay moments (position NaN, see isEarlierOn): one may lie far out, where the
    // calendar does not reach, and still lose to the project finish.
    const inheritedFinish = context.backwardFinishBound[p] ?? Number.POSITIVE_INFINITY;
    if (
      inheritedFinish !== Number.POSITIVE_INFINITY &&
      inheritedFinish <= momentOfBound(context, t, finishWork, finishSide, finishMoment)
    ) {
      finishWork = Number.NaN;
      finishMoment = inheritedFinish;
    }
    if (inheritedFinish !== Number.POSITIVE_INFINITY) follows = 0;
    const inheritedStart = context.backwardStartBound[p] ?? Number.POSITIVE_INFINITY;
    if (
      inheritedStart !== Number.POSITIVE_INFINITY &&
      inheritedStart <= momentOfBound(context, t, startWork, startSide, startMoment)
    ) {
      startWork = Number.NaN;
      startMoment = inheritedStart;
    }
    if (inheritedStart !== Number.POSITIVE_INFINITY) follows = 0;
  }
  scratch[0] = finishWork;
  scratch[1] = finishSide;
  scratch[2] = finishMoment;
  scratch[3] = startWork;
  scratch[4] = startSide;
  scratch[5] = startMoment;
  // A task whose float is counted on another calendar than its dates' (see
  // PlanStructure.floatCalendar) has floats a shift of positions cannot move.
  if (context.floatCalendar.length !== 0 && (context.floatCalendar[t] ?? -1) >= 0) follows = 0;
  scratch[7] = leastSlack;
  scratch[8] = follows;
}
