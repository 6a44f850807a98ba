import type {
  Baseline,
  BaselineComparison,
  BaselineList,
  BaselineSide,
} from "@orrery/contracts/plans";
import { BaselineCompareQuery, BaselineNumber, BaselineRestore } from "@orrery/contracts/plans";
import { Invalid, NotFound } from "@orrery/core/errors/domain-error";
import { orgEvent } from "../events/org-event.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { compareSnapshots, type Snapshot } from "./baseline-comparison.js";
import { planCalendars } from "./plan-calendars.js";
import type { PlanState } from "./plan-document.js";
import { loadPlanState, lockEditablePlan, readablePlan } from "./plan-mutation.js";
import {
  clearBaseline as clearBaselineRows,
  insertBaselines,
  type PlanKey,
  readBaselineSummaries,
  readBaselines,
  readTasks,
} from "./plan-store.js";

// Baselines 0–10: a snapshot of each task's scheduled start, finish and duration, kept to
// measure the plan against later. Setting one reads the stored computed dates (no reschedule).

export async function listBaselines(ctx: OrgCtx, idOrKey: string): Promise<BaselineList> {
  const { key } = await readablePlan(ctx, idOrKey);
  return { items: await readBaselineSummaries(ctx.db, key) };
}

export async function getBaseline(ctx: OrgCtx, idOrKey: string, raw: unknown): Promise<Baseline> {
  const number = parseInput(BaselineNumber, raw);
  const { key } = await readablePlan(ctx, idOrKey);
  const rows = await readBaselines(ctx.db, key, number);
  if (rows.length === 0) throw new NotFound("baseline", String(number));
  return {
    number,
    items: rows.map((row) => ({
      taskUid: row.taskUid,
      start: row.start,
      finish: row.finish,
      durationMinutes: row.durationMinutes,
      workMinutes: row.workMinutes,
      cost: row.cost,
    })),
  };
}

/**
 * Two baselines side by side (`current` is the schedule as it is now), with each task's start,
 * finish and duration variance in working minutes on its calendar: `b` minus `a`.
 */
export async function compareBaselines(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<BaselineComparison> {
  const query = parseInput(BaselineCompareQuery, raw);
  const { key, plan } = await readablePlan(ctx, idOrKey);
  const state = await loadPlanState(ctx.db, key, plan);
  const [a, b] = [
    await snapshotOf(ctx, key, state, query.a),
    await snapshotOf(ctx, key, state, query.b),
  ];
  // A plan never edited has no calendar and no task (a baseline of it would have been refused).
  if (state.calendars.length === 0)
    return {
      a: query.a,
      b: query.b,
      finishA: null,
      finishB: null,
      finishVarianceMinutes: null,
      slippedCount: 0,
      improvedCount: 0,
      items: [],
    };
  return compareSnapshots(state.tasks, planCalendars(state), a, b);
}

async function snapshotOf(
  ctx: OrgCtx,
  key: PlanKey,
  state: PlanState,
  side: BaselineSide,
): Promise<Snapshot> {
  if (side === "current") return { side, dates: new Map(state.tasks.map((t) => [t.uid, t])) };
  const rows = await readBaselines(ctx.db, key, side);
  if (rows.length === 0) throw new NotFound("baseline", String(side));
  return { side, dates: new Map(rows.map((row) => [row.taskUid, row])) };
}

/**
 * Sets baseline `number` from the current schedule, replacing what it held; or, given `values`,
 * stores those instead (what it held before a set or a clear: the editor's undo and redo).
 */
export async function setBaseline(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
  rawValues?: unknown,
): Promise<{ number: number; taskCount: number }> {
  const number = parseInput(BaselineNumber, raw);
  const values = rawValues === undefined ? undefined : parseInput(BaselineRestore, rawValues);
  return runOrgMutation(ctx, async (tx, change) => {
    const { key, projectId } = await lockEditablePlan(tx, ctx, idOrKey);
    return writeBaseline(tx, ctx, change, key, projectId, number, values);
  });
}

/**
 * Sets baseline `number` from the tasks as stored in `tx` (or to `values`), inside a caller's
 * mutation that has locked the plan (an applied change request takes its baseline this way),
 * with audit and event.
 */
export async function writeBaseline(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  key: PlanKey,
  projectId: string,
  number: number,
  values?: BaselineRestore,
): Promise<{ number: number; taskCount: number }> {
  const replaced = await clearBaselineRows(tx, key, number);
  const tasks = await readTasks(tx, key);
  const rows = values
    ? restoredRows(key, number, values, new Set(tasks.map((task) => task.uid)))
    : tasks.map((task) => ({
        ...key,
        taskUid: task.uid,
        number,
        start: task.start,
        finish: task.finish,
        durationMinutes: task.durationMinutes,
        workMinutes: null,
        cost: null,
      }));
  await insertBaselines(tx, rows);
  await change.audit({
    action: "baseline.set",
    entityType: "baseline",
    entityId: `${projectId}/${number}`,
    before: replaced > 0 ? { taskCount: replaced } : null,
    after: { taskCount: rows.length, from: values ? "values" : "schedule" },
  });
  change.emit(baselineEvent(ctx, projectId, number, "set"));
  return { number, taskCount: rows.length };
}

/** The given values as rows; a task no longer in the plan is refused, naming its item. */
function restoredRows(
  key: PlanKey,
  number: number,
  values: BaselineRestore,
  planTasks: ReadonlySet<number>,
) {
  const missing = values.items.findIndex((item) => !planTasks.has(item.taskUid));
  if (missing >= 0)
    throw new Invalid([
      { path: `items.${missing}.taskUid`, message: "is no longer a task of this plan" },
    ]);
  return values.items.map((item) => ({ ...key, number, ...item }));
}

/** Clears baseline `number`; clearing one never set is not found. */
export async function clearBaseline(ctx: OrgCtx, idOrKey: string, raw: unknown): Promise<void> {
  const number = parseInput(BaselineNumber, raw);
  await runOrgMutation(ctx, async (tx, change) => {
    const { key, projectId } = await lockEditablePlan(tx, ctx, idOrKey);
    const cleared = await clearBaselineRows(tx, key, number);
    if (cleared === 0) throw new NotFound("baseline", String(number));
    await change.audit({
      action: "baseline.clear",
      entityType: "baseline",
      entityId: `${projectId}/${number}`,
      before: { taskCount: cleared },
      after: null,
    });
    change.emit(baselineEvent(ctx, projectId, number, "cleared"));
  });
}

function baselineEvent(ctx: OrgCtx, projectId: string, number: number, verb: "set" | "cleared") {
  return orgEvent(ctx, {
    type: "plan.updated",
    entityType: "baseline",
    entityId: String(number),
    projectId,
    summary: `${ctx.actor.name} ${verb} baseline ${number}`,
    audience: { kind: "project", projectId },
  });
}
