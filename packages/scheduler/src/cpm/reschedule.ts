// Rescheduling a plan after an edit, from the previous run's arrays: recomputes only what the
// edit can reach. The forward pass visits the edited tasks and, transitively, the nodes whose
// inputs changed, in plan order; the backward pass likewise in reverse, unless the project
// finish moved (then every late date moves with it, as in any CPM engine); floats are refreshed
// where dates changed. Whether the previous arrays are copied first or taken over is the
// caller's choice (see incremental.ts).

import type { SchedulePlan } from "../network/schedule-plan.js";
import { backwardNode, backwardPass } from "./backward-pass.js";
import { shiftLateDates } from "./finish-shift.js";
import { computeTaskFloat, type FloatArrays, type FloatRun, floatRun } from "./float.js";
import { forwardNode } from "./forward-pass.js";
import { type NodeList, NodeQueue } from "./node-queue.js";
import { latestFinish, resultOf, type ScheduleResult } from "./schedule.js";
import {
  createContext,
  isManual,
  type RunScratch,
  type ScheduleContext,
  type ScheduleDates,
} from "./schedule-context.js";

/** The arrays a run writes: its dates, floats and scratch. */
export interface RunArrays {
  readonly dates: ScheduleDates;
  readonly floats: FloatArrays;
  readonly scratch: RunScratch;
}

/** `from` itself (`take`) or a copy, or a fresh array of `length` filled with `fill` when it
 * has another size. */
function reuse(from: Float64Array, length: number, fill: number, take: boolean): Float64Array {
  if (from.length !== length) return new Float64Array(length).fill(fill);
  return take ? from : from.slice();
}

function reuseSides(from: Uint8Array, length: number, take: boolean): Uint8Array {
  if (from.length !== length) return new Uint8Array(length);
  return take ? from : from.slice();
}

/**
 * The previous run's arrays for a run over the edited `plan`: copies, or the arrays themselves
 * when `take` (the previous result is then given up). Arrays the edited plan sizes apart are
 * fresh (an edit can bring in progress, for instance); a plan that now has progress gets link
 * starts of its own, which start as the late starts (what they were without progress). Nothing
 * is pinned: a plan that pins is rescheduled in full.
 */
export function previousArrays(
  plan: SchedulePlan,
  previous: ScheduleResult,
  take: boolean,
): RunArrays {
  const kept = previous.passState.scratch;
  const n = plan.taskCount;
  const features = plan.table.features;
  const progress = features.progress ? n : 0;
  const summaries = features.summaries ? n : 0;
  const own = (from: Float64Array) => (take ? from : from.slice());
  const ownSides = (from: Uint8Array) => (take ? from : from.slice());
  // Without progress a run's link starts are its late starts (the same arrays, see
  // ScheduleContext): a plan that now has progress needs arrays of its own.
  const linkStarts = progress !== 0 && kept.resumeAt.length === 0;
  const scratch: RunScratch = {
    earlyStartWork: own(kept.earlyStartWork),
    earlyFinishWork: own(kept.earlyFinishWork),
    lateStartWork: own(kept.lateStartWork),
    lateFinishWork: own(kept.lateFinishWork),
    earlyStartSide: ownSides(kept.earlyStartSide),
    earlyFinishSide: ownSides(kept.earlyFinishSide),
    lateStartSide: ownSides(kept.lateStartSide),
    lateFinishSide: ownSides(kept.lateFinishSide),
    linkStart: linkStarts
      ? previous.lateStart.slice()
      : reuse(kept.linkStart, progress, Number.NaN, take),
    linkStartWork: linkStarts
      ? kept.lateStartWork.slice()
      : reuse(kept.linkStartWork, progress, Number.NaN, take),
    linkStartSide: linkStarts
      ? kept.lateStartSide.slice()
      : reuseSides(kept.linkStartSide, progress, take),
    summaryLinkStart: reuse(
      kept.summaryLinkStart,
      features.manualSummaries ? n : 0,
      Number.NaN,
      take,
    ),
    resumeAt: reuse(kept.resumeAt, progress, Number.NaN, take),
    forwardStartBound: reuse(kept.forwardStartBound, summaries, Number.NEGATIVE_INFINITY, take),
    forwardFinishBound: reuse(kept.forwardFinishBound, summaries, Number.NEGATIVE_INFINITY, take),
    backwardStartBound: reuse(kept.backwardStartBound, summaries, Number.POSITIVE_INFINITY, take),
    backwardFinishBound: reuse(kept.backwardFinishBound, summaries, Number.POSITIVE_INFINITY, take),
    pinnedStart: new Float64Array(0),
    pinnedFinish: new Float64Array(0),
    followsFinish: ownSides(kept.followsFinish),
    leastSlack: own(kept.leastSlack),
  };
  return {
    dates: {
      earlyStart: own(previous.earlyStart),
      earlyFinish: own(previous.earlyFinish),
      lateStart: own(previous.lateStart),
      lateFinish: own(previous.lateFinish),
    },
    floats: {
      totalFloat: own(previous.totalFloat),
      freeFloat: own(previous.freeFloat),
      critical: ownSides(previous.critical),
    },
    scratch,
  };
}

/** The node through which a link or a parent reaches task `t`: a summary's start node. */
function entryOf(plan: SchedulePlan, t: number): number {
  return plan.summary[t] === 1 ? plan.taskCount + t : t;
}

/**
 * Reschedules `plan` after an edit to the tasks `seeds`, writing into `arrays`, which hold the
 * previous run's values (`previous`) sized for `plan`.
 */
export function reschedule(
  plan: SchedulePlan,
  previous: ScheduleResult,
  seeds: readonly number[],
  arrays: RunArrays,
): ScheduleResult {
  const context = createContext(
    plan,
    arrays.dates,
    arrays.scratch,
    previous.passState.projectStart,
  );
  const { visited: forward, finish } = runForward(context, seeds, previous.projectFinish);
  const run = floatRun(context, finish, plan.input.criticalFloatLimit ?? 0, arrays.floats);
  const queue = new NodeQueue(plan.orderPosition, -1);
  if (finish !== previous.projectFinish) {
    // The project finish moved: every late date bound by it moves. Those that follow it alone
    // are shifted; the others are worked out again with what the edit reached.
    if (!shiftLateDates(context, previous.projectFinish, run)) {
      backwardPass(context, finish, run);
      return resultOf(context, run, context.projectStart);
    }
    queueUnshifted(context, queue);
  }
  queueEdited(context, queue, seeds, forward);
  const backward = runBackward(context, queue, finish);
  refreshFloats(context, run, seeds, forward, backward);
  return resultOf(context, run, context.projectStart);
}

/** Queues every task whose late dates were not shifted with the project finish. */
function queueUnshifted(context: ScheduleContext, queue: NodeQueue): void {
  const plan = context.plan;
  const n = plan.taskCount;
  for (let t = 0; t < n; t++) {
    if (plan.active[t] !== 1 || context.followsFinish[t] === 1) continue;
    queue.push(t);
    if (plan.summary[t] === 1) queue.push(n + t);
  }
}

/**
 * Forward from the edited tasks: a node is recomputed when something it reads may have
 * changed, and what reads it is queued only when its dates did change. Returns the nodes
 * recomputed and the new project finish: the latest early finish, worked out from the tasks
 * recomputed unless one that finished last now finishes earlier (then from every task).
 */
function runForward(
  context: ScheduleContext,
  seeds: readonly number[],
  previousFinish: number,
): { readonly visited: NodeList; readonly finish: number } {
  const plan = context.plan;
  const n = plan.taskCount;
  const { earlyFinish } = context;
  const queue = new NodeQueue(plan.orderPosition, 1);
  for (const t of seeds) {
    queue.push(t);
    if (plan.summary[t] === 1) queue.push(n + t);
    // The seed's own links may have changed (a percent lag follows its duration).
    for (let e = plan.outOffsets[t] ?? 0, end = plan.outOffsets[t + 1] ?? 0; e < end; e++)
      queue.push(entryOf(plan, plan.outTo[e] ?? 0));
  }
  let latest = previousFinish;
  let finishMayDrop = false;
  while (!queue.isEmpty) {
    const node = queue.pop();
    const before = node < n ? (earlyFinish[node] ?? Number.NaN) : Number.NaN;
    const changed = forwardNode(context, node);
    if (node < n && plan.active[node] === 1) {
      const after = earlyFinish[node] ?? Number.NaN;
      if (after > latest) latest = after;
      if (before === previousFinish && after < before) finishMayDrop = true;
    }
    if (!changed) continue;
    if (node >= n) {
      const s = node - n;
      for (let c = plan.childOffsets[s] ?? 0, end = plan.childOffsets[s + 1] ?? 0; c < end; c++)
        queue.push(entryOf(plan, plan.children[c] ?? 0));
      continue;
    }
    for (let e = plan.outOffsets[node] ?? 0, end = plan.outOffsets[node + 1] ?? 0; e < end; e++)
      queue.push(entryOf(plan, plan.outTo[e] ?? 0));
    const p = plan.parent[node] ?? -1;
    if (p >= 0) queue.push(p);
  }
  return { visited: queue.visited, finish: finishMayDrop ? latestFinish(context) : latest };
}

/** Queues the tasks linked into task `t` (their late dates and floats read `t`). */
function pushPredecessors(plan: SchedulePlan, queue: NodeQueue, t: number): void {
  for (let e = plan.inOffsets[t] ?? 0, end = plan.inOffsets[t + 1] ?? 0; e < end; e++)
    queue.push(plan.linkFrom[e] ?? 0);
}

/**
 * Queues the backward pass's starting points: every task the forward pass visited (their early
 * dates, resume points and typed starts shape late dates) and the edited tasks with their
 * predecessors (whether a task is finished decides whether its links bind them).
 */
function queueEdited(
  context: ScheduleContext,
  queue: NodeQueue,
  seeds: readonly number[],
  forward: NodeList,
): void {
  const plan = context.plan;
  const n = plan.taskCount;
  for (const t of seeds) {
    queue.push(t);
    pushPredecessors(plan, queue, t);
  }
  for (let i = 0; i < forward.length; i++) {
    const node = forward.at(i);
    const t = node >= n ? node - n : node;
    queue.push(t);
    // A summary's late roll-up reads early dates too: its own and its subtasks' (a manual
    // subtask counts with its typed dates, a manual summary typed over its subtasks' span rolls
    // up like an automatic one).
    if (node >= n) queue.push(node);
    const p = plan.parent[t] ?? -1;
    if (p >= 0) queue.push(n + p);
  }
}

/** Backward from the queued nodes, in reverse plan order: what changes queues what reads it. */
function runBackward(context: ScheduleContext, queue: NodeQueue, finish: number): NodeList {
  const plan = context.plan;
  const n = plan.taskCount;
  while (!queue.isEmpty) {
    const node = queue.pop();
    if (!backwardNode(context, node, finish)) continue;
    const t = node >= n ? node - n : node;
    if (node < n && plan.summary[t] === 1) {
      // A summary's main node hands late bounds to its subtasks, and a manual summary's start
      // node finishes what its main node began (its late start).
      for (let c = plan.childOffsets[t] ?? 0, end = plan.childOffsets[t + 1] ?? 0; c < end; c++)
        queue.push(plan.children[c] ?? 0);
      queue.push(n + t);
      if (!isManual(context, t)) continue;
    }
    pushPredecessors(plan, queue, t);
    const p = plan.parent[t] ?? -1;
    if (p >= 0) queue.push(n + p);
  }
  return queue.visited;
}

/**
 * Floats read a task's own dates and its successors' early dates: refreshed for every task
 * either pass visited, the predecessors of tasks whose early dates were recomputed, and the
 * edited tasks' predecessors.
 */
function refreshFloats(
  context: ScheduleContext,
  run: FloatRun,
  seeds: readonly number[],
  forward: NodeList,
  backward: NodeList,
): void {
  const plan = context.plan;
  const n = plan.taskCount;
  const marked = new Uint8Array(n);
  const mark = (t: number) => {
    if (marked[t] === 1) return;
    marked[t] = 1;
    computeTaskFloat(context, run, t);
  };
  const markWithPredecessors = (t: number) => {
    mark(t);
    for (let e = plan.inOffsets[t] ?? 0, end = plan.inOffsets[t + 1] ?? 0; e < end; e++)
      mark(plan.linkFrom[e] ?? 0);
  };
  for (const t of seeds) markWithPredecessors(t);
  for (let i = 0; i < forward.length; i++) {
    const node = forward.at(i);
    markWithPredecessors(node >= n ? node - n : node);
  }
  for (let i = 0; i < backward.length; i++) {
    const node = backward.at(i);
    mark(node >= n ? node - n : node);
  }
}
