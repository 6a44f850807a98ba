// The bound a task's links put on its start in the forward pass: the latest of its
// predecessors' link dates and those inherited from its summaries, a finish-to-finish or
// start-to-finish bound turned into a start by the task's duration. A plain link (one calendar,
// nothing elapsed) is arithmetic on the predecessor's position; other links go through moments.

import {
  KIND_ELAPSED,
  LINK_FF,
  LINK_FS,
  LINK_PLAIN,
  LINK_SS,
  LINK_TYPE_BITS,
} from "../network/schedule-codes.js";
import { onMinuteGrid } from "../time/local-minute.js";
import { BETWEEN, FINISH, isLater, START } from "./date-side.js";
import {
  applyLag,
  boundOfMoment,
  momentOfBound,
  type ScheduleContext,
} from "./schedule-context.js";

/**
 * The date a link imposes on its successor's start (FS, SS) or finish (FF, SF). A lag ends
 * where its last working minute ends; a task then starts at the next working moment, but a
 * milestone stays there (MS Project puts a milestone 2 days after a Tuesday at Thursday 17:00).
 */
export function linkBound(context: ScheduleContext, l: number): number {
  const from = context.plan.linkFrom[l] ?? 0;
  const type = (context.linkKind[l] ?? 0) & LINK_TYPE_BITS;
  const anchor =
    type === LINK_FS || type === LINK_FF
      ? (context.earlyFinish[from] ?? 0)
      : (context.earlyStart[from] ?? 0);
  const toStart = type === LINK_FS || type === LINK_SS;
  const milestoneAfterLag =
    context.milestone[context.plan.linkTo[l] ?? 0] === 1 && (context.lag[l] ?? 0) > 0;
  return applyLag(context, l, anchor, 1, toStart && !milestoneAfterLag ? "start" : "finish");
}

/**
 * The earliest start the links allow (the task's own and its summaries'), converting finish
 * bounds (FF, SF) with `duration`: returns its position on the task's calendar, or minus
 * infinity when no link drives the task, and leaves its side and moment (for a BETWEEN side) in
 * `scratch` slots 1 and 2. The latest bound wins; of equal dates the first met is kept.
 */
export function linkDrivenStart(context: ScheduleContext, t: number, duration: number): number {
  const plan = context.plan;
  const scratch = context.scratch;
  let startWork = Number.NEGATIVE_INFINITY;
  let startSide = FINISH;
  let startMoment = Number.NaN;
  let finishWork = Number.NEGATIVE_INFINITY;
  let finishSide = FINISH;
  let finishMoment = Number.NaN;
  const linkFrom = plan.linkFrom;
  const { linkKind, lag, earlyStart, earlyFinish, earlyStartWork, earlyFinishWork } = context;
  const { earlyStartSide, earlyFinishSide } = context;
  for (let l = plan.inOffsets[t] ?? 0, end = plan.inOffsets[t + 1] ?? 0; l < end; l++) {
    const link = linkKind[l] ?? 0;
    const type = link & LINK_TYPE_BITS;
    const startLink = type === LINK_FS || type === LINK_SS;
    let work: number;
    let side: number;
    let moment = Number.NaN;
    if ((link & LINK_PLAIN) !== 0) {
      // One calendar: the bound is the anchor's position moved by the lag.
      const from = linkFrom[l] ?? 0;
      const fromFinish = type === LINK_FS || type === LINK_FF;
      const lagWork = lag[l] ?? 0;
      work = fromFinish ? (earlyFinishWork[from] ?? 0) : (earlyStartWork[from] ?? 0);
      if (lagWork === 0) {
        side = fromFinish ? (earlyFinishSide[from] ?? 0) : (earlyStartSide[from] ?? 0);
        if (side === BETWEEN)
          moment = fromFinish ? (earlyFinish[from] ?? 0) : (earlyStart[from] ?? 0);
      } else {
        work = onMinuteGrid(work + lagWork);
        side = startLink && !(context.milestone[t] === 1 && lagWork > 0) ? START : FINISH;
      }
    } else {
      moment = linkBound(context, l);
      boundOfMoment(context, t, moment);
      work = scratch[0] ?? 0;
      side = scratch[1] ?? 0;
    }
    if (startLink) {
      if (isLater(work, side, moment, startWork, startSide, startMoment)) {
        startWork = work;
        startSide = side;
        startMoment = moment;
      }
    } else if (isLater(work, side, moment, finishWork, finishSide, finishMoment)) {
      finishWork = work;
      finishSide = side;
      finishMoment = moment;
    }
  }
  const p = plan.parent[t] ?? -1;
  if (p >= 0) {
    // Bounds inherited from the summaries above come as moments, and come first: they win a
    // tie. Placed on the task's calendar only when they win (they may lie far out).
    const inheritedStart = context.forwardStartBound[p] ?? Number.NEGATIVE_INFINITY;
    if (
      inheritedStart !== Number.NEGATIVE_INFINITY &&
      inheritedStart >= momentOfBound(context, t, startWork, startSide, startMoment)
    ) {
      boundOfMoment(context, t, inheritedStart);
      startWork = scratch[0] ?? 0;
      startSide = scratch[1] ?? 0;
      startMoment = inheritedStart;
    }
    const inheritedFinish = context.forwardFinishBound[p] ?? Number.NEGATIVE_INFINITY;
    if (
      inheritedFinish !== Number.NEGATIVE_INFINITY &&
      inheritedFinish >= momentOfBound(context, t, finishWork, finishSide, finishMoment)
    ) {
      boundOfMoment(context, t, inheritedFinish);
      finishWork = scratch[0] ?? 0;
      finishSide = scratch[1] ?? 0;
      finishMoment = inheritedFinish;
    }
  }
  if (finishWork !== Number.NEGATIVE_INFINITY) {
    if (((context.kind[t] ?? 0) & KIND_ELAPSED) !== 0) {
      // Wall-clock time: the finish bound less the duration, as moments.
      const start = momentOfBound(context, t, startWork, startSide, startMoment);
      const finish = momentOfBound(context, t, finishWork, finishSide, finishMoment);
      if (finish - duration > start) {
        boundOfMoment(context, t, finish - duration);
        return scratch[0] ?? 0;
      }
    } else {
      const fromFinishWork = onMinuteGrid(finishWork - duration);
      if (isLater(fromFinishWork, START, Number.NaN, startWork, startSide, startMoment)) {
        startWork = fromFinishWork;
        startSide = START;
        startMoment = Number.NaN;
      }
    }
  }
  scratch[1] = startSide;
  scratch[2] = startMoment;
  return startWork;
}
