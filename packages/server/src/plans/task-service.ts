import {
  type PlanChange,
  type Task,
  TaskBatch,
  type TaskBatchOperation,
  TaskCreate,
  type TaskList,
  TaskUpdate,
} from "@orrery/contracts/plans";
import { NotFound } from "@orrery/core/errors/domain-error";
import { outlineNumbers } from "@orrery/core/plans/outline";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { applyOperations, type EditedPlan, fieldInBatch, fieldInBody } from "./plan-edits.js";
import { readablePlan, runPlanEdit } from "./plan-mutation.js";
import { toPlan, toTask, toTasks } from "./plan-shape.js";
import { readTasks, type TaskRow } from "./plan-store.js";

/** Every task of the plan in outline order, with its computed dates, and the plan itself. */
export async function listTasks(ctx: OrgCtx, idOrKey: string): Promise<TaskList> {
  const { key, plan } = await readablePlan(ctx, idOrKey);
  const rows = await readTasks(ctx.db, key);
  return { plan: toPlan(plan, rows.length), items: toTasks(rows) };
}

export async function getTask(ctx: OrgCtx, idOrKey: string, uid: number): Promise<Task> {
  const { key } = await readablePlan(ctx, idOrKey);
  // The outline number needs the rows above; reading them all keeps `wbs` exact.
  const rows = await readTasks(ctx.db, key);
  const index = rows.findIndex((row) => row.uid === uid);
  const row = rows[index];
  if (row === undefined) throw new NotFound("task", String(uid));
  return toTask(row, outlineNumbers(rows.map((r) => r.outlineLevel))[index] ?? "");
}

/** Creates a task and reschedules; the answer lists it with every task that moved. */
export async function createTask(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<{ change: PlanChange; uid: number }> {
  const task = parseInput(TaskCreate, raw);
  let uid = 0;
  const change = await runSingle(ctx, idOrKey, { op: "create", task }, "create", (created) => {
    uid = created;
  });
  return { change, uid };
}

/** Changes a task (412 when `expectedVersion` is stale) and reschedules. */
export async function updateTask(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  raw: unknown,
  expectedVersion: number | null,
): Promise<PlanChange> {
  const patch = parseInput(TaskUpdate, raw);
  const version = expectedVersion ?? undefined;
  return runSingle(ctx, idOrKey, { op: "update", uid, version, patch }, "update");
}

/** Deletes a task (a summary with its subtasks) and its links, and reschedules. */
export async function deleteTask(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  expectedVersion: number | null,
): Promise<PlanChange> {
  const version = expectedVersion ?? undefined;
  return runSingle(ctx, idOrKey, { op: "delete", uid, version }, "delete");
}

type Verb = "create" | "update" | "delete";
const EVENT_OF = {
  create: "task.created",
  update: "task.updated",
  delete: "task.deleted",
} as const;
const PAST = { create: "created", update: "changed", delete: "deleted" } as const;

function uidOf(operation: TaskBatchOperation, edited: EditedPlan): number {
  if (operation.op === "update" || operation.op === "delete") return operation.uid;
  const [created] = edited.createdUids;
  return created ?? 0;
}

async function runSingle(
  ctx: OrgCtx,
  idOrKey: string,
  operation: TaskBatchOperation,
  verb: Verb,
  onTask: (uid: number) => void = () => {},
): Promise<PlanChange> {
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => {
      if (
        (operation.op === "update" || operation.op === "delete") &&
        !state.tasks.some((task) => task.uid === operation.uid)
      )
        throw new NotFound("task", String(operation.uid));
      return applyOperations(state, key, [operation], fieldInBody);
    },
    (change, edited, before) => {
      const uid = uidOf(operation, edited);
      onTask(uid);
      const was = before.tasks.find((task) => task.uid === uid);
      const after = change.changed.find((task) => task.uid === uid) ?? null;
      return {
        audit: {
          action: `task.${verb}`,
          entityType: "task",
          entityId: `${before.plan.projectId}/${uid}`,
          before: was ? auditShape(was) : null,
          after: after,
        },
        event: {
          type: EVENT_OF[verb],
          entityType: "task",
          entityId: String(uid),
          summary: `${ctx.actor.name} ${PAST[verb]} task ${uid}${after ? ` ${after.name}` : was ? ` ${was.name}` : ""}`,
        },
      };
    },
  );
}

/** The entered values of a task for the audit log (computed dates are not a person's change). */
function auditShape(row: TaskRow): Omit<TaskRow, "orgId" | "projectId"> {
  const { orgId: _o, projectId: _p, ...rest } = row;
  return rest;
}

/** How many UIDs an audit row lists per kind; the counts are always complete. */
const AUDITED_UIDS = 100;

/**
 * Applies an ordered list of operations in one transaction with one reschedule: the grid's
 * paste, indent of a block, the importer. The first bad operation refuses them all.
 */
export async function applyTaskBatch(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<PlanChange> {
  const { operations } = parseInput(TaskBatch, raw);
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => applyOperations(state, key, operations, fieldInBatch),
    (change, edited, before) => {
      const listed = (uids: ReadonlySet<number>) => ({
        count: uids.size,
        uids: [...uids].slice(0, AUDITED_UIDS),
      });
      return {
        audit: {
          action: "task.batch",
          entityType: "plan",
          entityId: before.plan.projectId,
          before: { version: before.plan.version },
          after: {
            version: change.plan.version,
            operations: operations.length,
            created: listed(edited.createdUids),
            updated: listed(edited.updatedUids),
            deleted: listed(edited.deletedUids),
            linksAdded: edited.addedLinks.length,
            linksRemoved: edited.removedLinkIds.size,
          },
        },
        event: {
          type: "task.batch_applied",
          entityType: "plan",
          entityId: before.plan.projectId,
          summary: `${ctx.actor.name} applied ${operations.length} plan edits`,
        },
      };
    },
  );
}
