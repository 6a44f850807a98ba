import { type PlanChange, TaskProgress } from "@orrery/contracts/plans";
import { NotFound } from "@orrery/core/errors/domain-error";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { applyOperations, fieldInBody } from "./plan-edits.js";
import { type EditAccess, runPlanEdit } from "./plan-mutation.js";
import { toTask } from "./plan-shape.js";
import { isAssignedToTask } from "./resource-store.js";

// Progress as the people doing the work record it: % complete, actual start and finish,
// remaining duration. Project managers and members may, as for any edit; so may anyone assigned
// to the task (through a resource mapped to them), even a project viewer. It is a plan edit like
// any other: one transaction, one reschedule, 412 on a stale version, audited and pushed.

/** `task.progress`: the plan's editors, or a person assigned to this task. */
function progressAccess(taskUid: number): EditAccess {
  return async (tx, ctx, key, myRole) => {
    const assigned = await isAssignedToTask(tx, key, taskUid, ctx.actor.userId);
    authorize(ctx, "task.progress", myRole, { assigned });
  };
}

/** Records progress on a task (412 when `expectedVersion` is stale) and reschedules. */
export async function recordTaskProgress(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  raw: unknown,
  expectedVersion: number | null,
): Promise<PlanChange> {
  const progress = parseInput(TaskProgress, raw);
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => {
      if (!state.tasks.some((task) => task.uid === uid)) throw new NotFound("task", String(uid));
      const operation = {
        op: "update" as const,
        uid,
        version: expectedVersion ?? undefined,
        patch: progress,
      };
      return applyOperations(state, key, [operation], fieldInBody);
    },
    (change, _edited, before) => {
      const was = before.tasks.find((task) => task.uid === uid);
      const after = change.changed.find((task) => task.uid === uid) ?? null;
      return {
        audit: {
          action: "task.progress",
          entityType: "task",
          entityId: `${before.plan.projectId}/${uid}`,
          before: was ? progressOf(toTask(was, "")) : null,
          after: after ? progressOf(after) : null,
        },
        event: {
          type: "task.updated",
          entityType: "task",
          entityId: String(uid),
          summary: `${ctx.actor.name} recorded progress on task ${uid}${was ? ` ${was.name}` : ""}`,
        },
      };
    },
    progressAccess(uid),
  );
}

function progressOf(task: {
  percentComplete: number;
  actualStart: string | null;
  actualFinish: string | null;
  remainingDurationMinutes: number | null;
  version: number;
}) {
  const { percentComplete, actualStart, actualFinish, remainingDurationMinutes, version } = task;
  return { percentComplete, actualStart, actualFinish, remainingDurationMinutes, version };
}
