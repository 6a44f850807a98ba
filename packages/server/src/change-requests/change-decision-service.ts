// Deciding a change request and applying an approved one. Approval with `apply` makes the
// request's plan operations through the plan's one mutation path, in the same transaction as the
// decision, and sets the baseline asked for: all of it is written, or (when the plan has moved
// on so that the operations no longer apply) none of it, with 409 and the reason.

import {
  type ChangeDecisionRecord,
  type ChangeRequest,
  ChangeRequestApply,
  ChangeRequestDecide,
  type ScheduleImpact,
} from "@orrery/contracts/change-requests";
import { Conflict, DomainError, Forbidden } from "@orrery/core/errors/domain-error";
import { mayDecideChange } from "@orrery/core/governance/change-control";
import { writeBaseline } from "../plans/baseline-service.js";
import { applyOperations } from "../plans/plan-edits.js";
import { lockEditablePlan, writePlanEdit } from "../plans/plan-mutation.js";
import type { ProjectRow } from "../projects/project-store.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import {
  approverRolesOf,
  lockRequest,
  nextStatus,
  patchAndRecord,
} from "./change-request-service.js";
import { decisionsOf, operationsOf } from "./change-request-shape.js";
import type { ChangeRequestInsert, ChangeRequestRow } from "./change-request-store.js";
import { computeScheduleImpact, fieldInRequest } from "./schedule-impact.js";

/**
 * Records an approver's decision (412 when the request changed since `expectedVersion`). An
 * approval applies the change at once unless `apply` is false.
 */
export async function decideChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ChangeRequest> {
  const input = parseInput(ChangeRequestDecide, raw);
  let keepEngineState = () => {};
  const decided = await runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockDecidable(
      tx,
      ctx,
      projectIdOrKey,
      requestId,
      expectedVersion,
    );
    const status = nextStatus(current, { kind: "decide", decision: input.decision });
    const record: ChangeDecisionRecord = {
      decision: input.decision,
      comment: input.comment,
      decidedAt: ctx.now.toISOString(),
      decidedBy: { id: ctx.actor.userId, name: ctx.actor.name, email: ctx.actor.email },
    };
    const afterDecision = await patchAndRecord(tx, ctx, change, project, current, "decided", {
      status,
      decisions: [...decisionsOf(current), record],
    });
    if (status !== "approved" || !input.apply) return afterDecision;
    const applied = await applyInside(tx, ctx, change, project, current.id, input.takeBaseline);
    keepEngineState = applied.keepEngineState;
    return applied.request;
  });
  keepEngineState();
  return decided;
}

/** Applies a request approved earlier without applying it. */
export async function applyChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ChangeRequest> {
  const input = parseInput(ChangeRequestApply, raw ?? {});
  let keepEngineState = () => {};
  const applied = await runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockDecidable(
      tx,
      ctx,
      projectIdOrKey,
      requestId,
      expectedVersion,
    );
    const result = await applyInside(tx, ctx, change, project, current.id, input.takeBaseline);
    keepEngineState = result.keepEngineState;
    return result.request;
  });
  keepEngineState();
  return applied;
}

/** The request, locked, once the caller is found to be one of its approvers. */
async function lockDecidable(
  tx: Db,
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  expectedVersion: number | null,
): Promise<{ project: ProjectRow; current: ChangeRequestRow }> {
  const locked = await lockRequest(
    tx,
    ctx,
    projectIdOrKey,
    requestId,
    "change.decide",
    expectedVersion,
  );
  const approvers = await approverRolesOf(tx, ctx, locked.project.id);
  if (!mayDecideChange(ctx.org.role, approvers))
    throw new Forbidden(
      `the project's template names ${approvers.join(", ")} (and administrators and PMO managers) to decide its change requests`,
    );
  return locked;
}

/**
 * Makes the approved request's plan operations (if any) and takes the baseline asked for, then
 * marks it applied. The caller holds the request's lock at its current version.
 */
async function applyInside(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: ProjectRow,
  requestId: string,
  takeBaseline: number | null,
): Promise<{ request: ChangeRequest; keepEngineState: () => void }> {
  const { current } = await lockRequest(tx, ctx, project.id, requestId, "change.decide", null);
  const status = nextStatus(current, { kind: "apply" });
  const operations = operationsOf(current);
  const patch: Partial<ChangeRequestInsert> = {
    status,
    appliedAt: ctx.now,
    appliedBy: ctx.actor.userId,
    baselineNumber: takeBaseline,
  };
  let keepEngineState = () => {};
  if (operations.length > 0 || takeBaseline !== null) {
    // Who may do this was decided above: approvers apply changes without `plan.edit`.
    const locked = await lockEditablePlan(tx, ctx, project.id, async () => {});
    if (operations.length > 0) {
      const ref = `CR-${current.number}`;
      let impact: ScheduleImpact | null = null;
      const written = await writePlanEdit(
        tx,
        ctx,
        change,
        locked,
        async (_tx, state, key) => {
          try {
            // The impact of record: what the operations did to the plan they were applied to.
            impact = computeScheduleImpact(state, key, operations, ctx.now);
            return applyOperations(state, key, operations, fieldInRequest);
          } catch (error) {
            if (error instanceof DomainError && error.code !== "forbidden")
              throw new Conflict(
                `the plan has changed since ${ref} was written, and its plan edits no longer apply: ${error.message}`,
              );
            throw error;
          }
        },
        (planChange, edited, before) => ({
          audit: {
            action: "task.batch",
            entityType: "plan",
            entityId: project.id,
            before: { version: before.plan.version },
            after: {
              version: planChange.plan.version,
              changeRequest: ref,
              operations: operations.length,
              created: edited.createdUids.size,
              updated: edited.updatedUids.size,
              deleted: edited.deletedUids.size,
            },
          },
          event: {
            type: "task.batch_applied",
            entityType: "plan",
            entityId: project.id,
            summary: `${ctx.actor.name} applied ${ref} to the plan`,
          },
        }),
      );
      keepEngineState = written.keepEngineState;
      patch.impact = impact;
    }
    if (takeBaseline !== null)
      await writeBaseline(tx, ctx, change, locked.key, project.id, takeBaseline);
  }
  const request = await patchAndRecord(tx, ctx, change, project, current, "applied", patch);
  return { request, keepEngineState };
}
