import {
  type AssignmentList,
  type ResourceChange,
  ResourceCreate,
  type ResourceList,
  ResourceUpdate,
  TaskAssignments,
  type TaskAssignmentsChange,
} from "@orrery/contracts/resources";
import { Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { findMember } from "../members/member-store.js";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { applyOperations, fieldInBody, withoutTaskEdits } from "./plan-edits.js";
import type { EditRecord } from "./plan-mutation.js";
import { readablePlan, runPlanEdit } from "./plan-mutation.js";
import { toAssignment, toResource } from "./resource-shape.js";
import {
  type AssignmentRow,
  deleteResource as deleteResourceRow,
  deleteTaskAssignments,
  existingResourceUids,
  findResource,
  insertAssignments,
  insertResources,
  type ResourceRow,
  readAssignments,
  readResources,
  readTaskAssignments,
  updateResource as updateResourceRow,
} from "./resource-store.js";

// A plan's resources and who is assigned to which task. They move no dates (tasks are
// fixed-duration), yet they are plan edits: the project is locked, the plan's version moves on,
// and the change is audited and pushed like any other.

export async function listResources(ctx: OrgCtx, idOrKey: string): Promise<ResourceList> {
  const { key } = await readablePlan(ctx, idOrKey);
  return { items: (await readResources(ctx.db, key)).map(toResource) };
}

export async function listAssignments(ctx: OrgCtx, idOrKey: string): Promise<AssignmentList> {
  const { key } = await readablePlan(ctx, idOrKey);
  return { items: (await readAssignments(ctx.db, key)).map(toAssignment) };
}

/** A member to map a resource to must belong to the organisation. */
async function checkMember(tx: Db, ctx: OrgCtx, userId: string | null | undefined): Promise<void> {
  if (userId === null || userId === undefined) return;
  if (!(await findMember(tx, ctx.org.orgId, userId)))
    throw new Invalid([{ path: "userId", message: "is not a member of this organisation" }]);
}

const AUDIT_ACTION = {
  created: "resource.create",
  updated: "resource.update",
  deleted: "resource.delete",
} as const;

function resourceRecord(
  ctx: OrgCtx,
  verb: keyof typeof AUDIT_ACTION,
  projectId: string,
  before: ResourceRow | null,
  after: ResourceRow | null,
): EditRecord {
  const row = after ?? before;
  const uid = row?.uid ?? 0;
  return {
    audit: {
      action: AUDIT_ACTION[verb],
      entityType: "resource",
      entityId: `${projectId}/${uid}`,
      before: before === null ? null : toResource(before),
      after: after === null ? null : toResource(after),
    },
    event: {
      type: `resource.${verb}`,
      entityType: "resource",
      entityId: String(uid),
      summary: `${ctx.actor.name} ${verb} resource ${row?.name ?? uid}`,
    },
  };
}

/** The resource as the caller last read it: 404 when absent, 412 when `expectedVersion` is stale. */
async function currentResource(
  tx: Db,
  key: { orgId: string; projectId: string },
  uid: number,
  expectedVersion: number | null,
): Promise<ResourceRow> {
  const row = await findResource(tx, key, uid);
  if (!row) throw new NotFound("resource", String(uid));
  if (expectedVersion !== null && expectedVersion !== row.version) throw new StaleWrite("resource");
  return row;
}

/** Adds a resource (a work resource mapped to nobody unless the input says otherwise). */
export async function createResource(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<ResourceChange> {
  const input = parseInput(ResourceCreate, raw);
  let created: ResourceRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      await checkMember(tx, ctx, input.userId);
      const existing = await readResources(tx, key);
      created = {
        ...key,
        uid: Math.max(0, ...existing.map((resource) => resource.uid)) + 1,
        name: input.name,
        initials: input.initials ?? null,
        type: input.type ?? "work",
        email: input.email ?? null,
        maxUnits: input.maxUnits ?? null,
        calendarUid: null,
        userId: input.userId ?? null,
        version: 1,
      };
      await insertResources(tx, [created]);
      return withoutTaskEdits(state);
    },
    (_change, _edited, before) =>
      resourceRecord(ctx, "created", before.plan.projectId, null, created),
  );
  if (created === null) throw new Error("a resource was created without its row");
  return { resource: toResource(created), change };
}

/** Changes a resource (412 when stale); `userId` maps it to a member of the organisation. */
export async function updateResource(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ResourceChange> {
  const patch = parseInput(ResourceUpdate, raw);
  let before: ResourceRow | null = null;
  let after: ResourceRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      const row = await currentResource(tx, key, uid, expectedVersion);
      await checkMember(tx, ctx, patch.userId);
      const fields = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      before = row;
      after = { ...row, ...fields, version: row.version + 1 };
      if (!(await updateResourceRow(tx, { ...row, ...fields }, row.version)))
        throw new StaleWrite("resource");
      return withoutTaskEdits(state);
    },
    (_change, _edited, state) =>
      resourceRecord(ctx, "updated", state.plan.projectId, before, after),
  );
  if (after === null) throw new Error("a resource was updated without its row");
  return { resource: toResource(after), change };
}

/** Deletes a resource and its assignments (412 when stale). */
export async function deleteResource(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  expectedVersion: number | null,
): Promise<ResourceChange> {
  let before: ResourceRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      before = await currentResource(tx, key, uid, expectedVersion);
      await deleteResourceRow(tx, key, uid);
      return withoutTaskEdits(state);
    },
    (_change, _edited, state) => resourceRecord(ctx, "deleted", state.plan.projectId, before, null),
  );
  return { resource: null, change };
}

/**
 * Replaces the resources assigned to a task (412 when `expectedVersion`, the task's, is stale).
 * The task's version moves on, so a grid holding it learns of the change; no date moves.
 */
export async function setTaskAssignments(
  ctx: OrgCtx,
  idOrKey: string,
  taskUid: number,
  raw: unknown,
  expectedVersion: number | null,
): Promise<TaskAssignmentsChange> {
  const { assignments } = parseInput(TaskAssignments, raw);
  let beforeUids: number[] = [];
  let written: AssignmentRow[] = [];
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      if (!state.tasks.some((task) => task.uid === taskUid))
        throw new NotFound("task", String(taskUid));
      const wanted = assignments.map((entry) => entry.resourceUid);
      const existing = await existingResourceUids(tx, key, wanted);
      const missing = assignments.findIndex((entry) => !existing.has(entry.resourceUid));
      if (missing >= 0)
        throw new Invalid([
          {
            path: `assignments.${missing}.resourceUid`,
            message: `no resource ${assignments[missing]?.resourceUid} in this plan`,
          },
        ]);
      const edited = applyOperations(
        state,
        key,
        [{ op: "update", uid: taskUid, version: expectedVersion ?? undefined, patch: {} }],
        fieldInBody,
      );
      beforeUids = (await readTaskAssignments(tx, key, taskUid)).map((row) => row.resourceUid);
      written = assignments.map((entry) => ({
        ...key,
        taskUid,
        resourceUid: entry.resourceUid,
        units: entry.units,
        workMinutes: null,
      }));
      await deleteTaskAssignments(tx, key, taskUid);
      await insertAssignments(tx, written);
      return edited;
    },
    (_change, _edited, state) => ({
      audit: {
        action: "task.assign",
        entityType: "task",
        entityId: `${state.plan.projectId}/${taskUid}`,
        before: { resourceUids: beforeUids },
        after: { assignments },
      },
      // `plan.updated`, not `task.updated`: clients refetch assignments only on such events.
      event: {
        type: "plan.updated",
        entityType: "task",
        entityId: String(taskUid),
        summary: `${ctx.actor.name} assigned ${assignments.length} resources to task ${taskUid}`,
      },
    }),
  );
  return { items: written.map(toAssignment), change };
}
