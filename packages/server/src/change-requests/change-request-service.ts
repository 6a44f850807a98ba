import { randomUUID } from "node:crypto";
import {
  type ChangeRequest,
  ChangeRequestCreate,
  type ChangeRequestListQuery,
  ChangeRequestStatus,
  ChangeRequestUpdate,
  type ScheduleImpact,
} from "@orrery/contracts/change-requests";
import type { Page } from "@orrery/contracts/common";
import type { TaskBatchOperation } from "@orrery/contracts/plans";
import type { GateReviewerRole } from "@orrery/contracts/templates";
import {
  Conflict,
  type FieldProblem,
  Invalid,
  NotFound,
  StaleWrite,
} from "@orrery/core/errors/domain-error";
import {
  type ChangeRequestAction,
  changeRequestTransition,
  DEFAULT_CHANGE_APPROVERS,
  isEditableChange,
  isPendingChange,
} from "@orrery/core/governance/change-control";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { findLifecycle } from "../lifecycle/lifecycle-store.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { loadPlanState } from "../plans/plan-mutation.js";
import { findPlan, type PlanKey } from "../plans/plan-store.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { raidReader } from "../raid/raid-service.js";
import { findRaidView } from "../raid/raid-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { readTemplateVersion } from "../templates/template-service.js";
import { operationsOf, storedImpactOf, toChangeRequest } from "./change-request-shape.js";
import {
  type ChangeRequestInsert,
  type ChangeRequestRow,
  findChangeRequestView,
  insertChangeRequest,
  listChangeRequestViews,
  lockChangeRequest,
  nextChangeNumber,
  updateChangeRequest as updateChangeRow,
} from "./change-request-store.js";
import { computeScheduleImpact, impactOrProblem } from "./schedule-impact.js";

const ListCursor = z.object({ number: z.number().int() });
const RequestId = z.uuid();

/** A page of a project's change log, newest first. */
export async function listChangeRequests(
  ctx: OrgCtx,
  projectIdOrKey: string,
  query: ChangeRequestListQuery,
): Promise<Page<ChangeRequest>> {
  const project = await readableProject(ctx, projectIdOrKey);
  const after = query.cursor ? decodeCursor(ListCursor, query.cursor).number : null;
  const approvers = await approverRolesOf(ctx.db, ctx, project.id);
  const rows = await listChangeRequestViews(
    ctx.db,
    ctx.org.orgId,
    project.id,
    query.status,
    after,
    query.limit + 1,
  );
  return pageOf(
    rows,
    query.limit,
    (view) => toChangeRequest(view, approvers),
    (view) => ({ number: view.row.number }),
  );
}

/**
 * One request. While its plan edits are still to be made and the plan has moved on since its
 * impact was computed, the impact shown is computed afresh (nothing is written by a read).
 */
export async function getChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
): Promise<ChangeRequest> {
  const project = await readableProject(ctx, projectIdOrKey);
  const view = RequestId.safeParse(requestId).success
    ? await findChangeRequestView(ctx.db, ctx.org.orgId, project.id, requestId)
    : null;
  if (!view) throw new NotFound("change request", requestId);
  const approvers = await approverRolesOf(ctx.db, ctx, project.id);
  const stored = storedImpactOf(view.row);
  const status = ChangeRequestStatus.parse(view.row.status);
  if (stored === null || !isPendingChange(status)) return toChangeRequest(view, approvers);
  const key = { orgId: ctx.org.orgId, projectId: project.id };
  const plan = await findPlan(ctx.db, key);
  if (!plan || plan.version === stored.planVersion) return toChangeRequest(view, approvers);
  const fresh = impactOrProblem(
    await loadPlanState(ctx.db, key, plan),
    key,
    operationsOf(view.row),
    ctx.now,
  );
  return toChangeRequest(view, approvers, fresh);
}

/** Raises a request as a draft, numbered next in its project, with its schedule impact. */
export async function createChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
): Promise<ChangeRequest> {
  const input = parseInput(ChangeRequestCreate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    // The project's row lock also serialises the numbering of its requests.
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "change.edit", myRole);
    const problems = await riskProblems(tx, ctx, project, input.riskIds);
    const cost = costOf(project, input.costDeltaMinor, problems);
    if (problems.length > 0) throw new Invalid(problems);
    const id = randomUUID();
    await insertChangeRequest(tx, {
      orgId: ctx.org.orgId,
      id,
      projectId: project.id,
      number: await nextChangeNumber(tx, ctx.org.orgId, project.id),
      title: input.title,
      description: input.description,
      reason: input.reason,
      status: "draft",
      scopeImpact: input.scopeImpact,
      ...cost,
      riskImpact: input.riskImpact,
      riskIds: input.riskIds,
      operations: input.operations,
      impact: await impactOnStoredPlan(tx, ctx, project, input.operations),
      createdAt: ctx.now,
      createdBy: ctx.actor.userId,
      updatedAt: ctx.now,
      updatedBy: ctx.actor.userId,
    });
    const after = await readBack(tx, ctx, project.id, id);
    await recordChange(ctx, change, "created", null, after);
    return after;
  });
}

/**
 * Reworks a draft or deferred request (412 when stale); its impact is computed again against
 * the plan as it is now.
 */
export async function updateChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ChangeRequest> {
  const input = parseInput(ChangeRequestUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockRequest(
      tx,
      ctx,
      projectIdOrKey,
      requestId,
      "change.edit",
      expectedVersion,
    );
    const status = ChangeRequestStatus.parse(current.status);
    if (!isEditableChange(status))
      throw new Conflict(`a ${status} change request can no longer be changed`);
    const problems = await riskProblems(tx, ctx, project, input.riskIds ?? []);
    const cost =
      input.costDeltaMinor === undefined ? {} : costOf(project, input.costDeltaMinor, problems);
    if (problems.length > 0) throw new Invalid(problems);
    const { costDeltaMinor: _c, ...fields } = input;
    const operations = input.operations ?? operationsOf(current);
    return patchAndRecord(tx, ctx, change, project, current, "updated", {
      ...fields,
      ...cost,
      impact: await impactOnStoredPlan(tx, ctx, project, operations),
    });
  });
}

/** Submits a draft or deferred request for a decision, with its impact brought up to date. */
export async function submitChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  expectedVersion: number | null,
): Promise<ChangeRequest> {
  return moveRequest(ctx, projectIdOrKey, requestId, expectedVersion, { kind: "submit" });
}

/** Withdraws a request not yet decided for good. */
export async function withdrawChangeRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  expectedVersion: number | null,
): Promise<ChangeRequest> {
  return moveRequest(ctx, projectIdOrKey, requestId, expectedVersion, { kind: "withdraw" });
}

async function moveRequest(
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  expectedVersion: number | null,
  action: { kind: "submit" } | { kind: "withdraw" },
): Promise<ChangeRequest> {
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockRequest(
      tx,
      ctx,
      projectIdOrKey,
      requestId,
      "change.edit",
      expectedVersion,
    );
    const status = nextStatus(current, action);
    const patch: Partial<ChangeRequestInsert> =
      action.kind === "submit"
        ? {
            status,
            submittedAt: ctx.now,
            impact: await impactOnStoredPlan(tx, ctx, project, operationsOf(current)),
          }
        : { status };
    const what = action.kind === "submit" ? "submitted" : "withdrawn";
    return patchAndRecord(tx, ctx, change, project, current, what, patch);
  });
}

// Shared with the decision service ----------------------------------------------------------

/** The status an action moves the request to, or 409 with the reason it cannot. */
export function nextStatus(current: ChangeRequestRow, action: ChangeRequestAction) {
  const next = changeRequestTransition(ChangeRequestStatus.parse(current.status), action);
  if (!next.ok) throw new Conflict(next.reason);
  return next.status;
}

/** The organisation roles the project's template names as change approvers. */
export async function approverRolesOf(
  db: Db,
  ctx: OrgCtx,
  projectId: string,
): Promise<readonly GateReviewerRole[]> {
  const lifecycle = await findLifecycle(db, ctx.org.orgId, projectId);
  if (!lifecycle) return DEFAULT_CHANGE_APPROVERS;
  const version = await readTemplateVersion(
    db,
    ctx,
    lifecycle.templateId,
    lifecycle.templateVersion,
  );
  return version.content.changeApproverRoles;
}

/**
 * The project (checked for `action`) and the request, locked; 412 when the request moved on
 * since `expectedVersion` (null: no If-Match).
 */
export async function lockRequest(
  tx: Db,
  ctx: OrgCtx,
  projectIdOrKey: string,
  requestId: string,
  action: "change.edit" | "change.decide",
  expectedVersion: number | null,
): Promise<{ project: ProjectRow; current: ChangeRequestRow }> {
  const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
  authorize(ctx, action, myRole);
  const current = RequestId.safeParse(requestId).success
    ? await lockChangeRequest(tx, ctx.org.orgId, project.id, requestId)
    : null;
  if (!current) throw new NotFound("change request", requestId);
  if (expectedVersion !== null && expectedVersion !== current.version)
    throw new StaleWrite("change request");
  return { project, current };
}

/** Writes a patch of the request at its locked version, with the audit row and the event. */
export async function patchAndRecord(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: ProjectRow,
  current: ChangeRequestRow,
  what: keyof typeof CHANGES,
  patch: Partial<ChangeRequestInsert>,
): Promise<ChangeRequest> {
  const before = await readBack(tx, ctx, project.id, current.id);
  const stamped = { ...patch, updatedAt: ctx.now, updatedBy: ctx.actor.userId };
  if (!(await updateChangeRow(tx, ctx.org.orgId, project.id, current.id, current.version, stamped)))
    throw new StaleWrite("change request");
  const after = await readBack(tx, ctx, project.id, current.id);
  await recordChange(ctx, change, what, before, after);
  return after;
}

export async function readBack(
  tx: Db,
  ctx: OrgCtx,
  projectId: string,
  id: string,
): Promise<ChangeRequest> {
  const view = await findChangeRequestView(tx, ctx.org.orgId, projectId, id);
  if (!view) throw new Error(`change request ${id} vanished inside its own transaction`);
  return toChangeRequest(view, await approverRolesOf(tx, ctx, projectId));
}

const CHANGES = {
  created: { action: "change_request.create", verb: "raised" },
  updated: { action: "change_request.update", verb: "updated" },
  submitted: { action: "change_request.submit", verb: "submitted" },
  decided: { action: "change_request.decide", verb: "decided" },
  applied: { action: "change_request.apply", verb: "applied" },
  withdrawn: { action: "change_request.withdraw", verb: "withdrew" },
} as const;

/** The audit row and the event of one change to a request. */
async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  before: ChangeRequest | null,
  after: ChangeRequest,
): Promise<void> {
  // A decision says which: "approved CR-3", "deferred CR-4".
  const verb =
    what === "decided" ? (after.decisions.at(-1)?.decision ?? "decided") : CHANGES[what].verb;
  await change.audit({
    action: CHANGES[what].action,
    entityType: "change_request",
    entityId: after.id,
    before,
    after,
  });
  change.emit(
    orgEvent(ctx, {
      type: `change_request.${what}`,
      entityType: "change_request",
      entityId: after.id,
      projectId: after.project.id,
      summary: `${ctx.actor.name} ${verb} ${after.project.key} ${after.ref} ${after.title}`,
      audience: { kind: "project", projectId: after.project.id },
    }),
  );
}

// Impact --------------------------------------------------------------------------------------

/**
 * The impact of `operations` on the project's plan as stored in `db`: null when there are none;
 * refused (422 naming the operation) when they do not apply or the project has no plan yet.
 */
async function impactOnStoredPlan(
  db: Db,
  ctx: OrgCtx,
  project: ProjectRow,
  operations: readonly TaskBatchOperation[],
): Promise<ScheduleImpact | null> {
  if (operations.length === 0) return null;
  const key: PlanKey = { orgId: ctx.org.orgId, projectId: project.id };
  const plan = await findPlan(db, key);
  if (!plan)
    throw new Invalid([{ path: "operations", message: "the project has no plan to change yet" }]);
  return computeScheduleImpact(await loadPlanState(db, key, plan), key, operations, ctx.now);
}

// Inputs --------------------------------------------------------------------------------------

async function readableProject(ctx: OrgCtx, projectIdOrKey: string): Promise<ProjectRow> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "change.read", myRole);
  return row;
}

/** Each risk named must be a risk of the project's RAID log. */
async function riskProblems(
  db: Db,
  ctx: OrgCtx,
  project: ProjectRow,
  riskIds: readonly string[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [index, id] of riskIds.entries()) {
    const view = await findRaidView(db, ctx.org.orgId, project.id, id, raidReader(ctx));
    if (view?.row.type !== "risk")
      problems.push({ path: `riskIds.${index}`, message: "is not a risk of this project" });
  }
  return problems;
}

/** The cost columns: the change in the project budget's currency, which it must have. */
function costOf(
  project: ProjectRow,
  deltaMinor: number | null,
  problems: FieldProblem[],
): { costDeltaMinor: number | null; costCurrency: string | null } {
  if (deltaMinor === null) return { costDeltaMinor: null, costCurrency: null };
  if (project.budgetCurrency === null) {
    problems.push({
      path: "costDeltaMinor",
      message: "needs a project budget, whose currency the cost change is in",
    });
    return { costDeltaMinor: null, costCurrency: null };
  }
  return { costDeltaMinor: deltaMinor, costCurrency: project.budgetCurrency };
}
