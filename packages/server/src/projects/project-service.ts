import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import {
  type Project,
  ProjectCreate,
  type ProjectListQuery,
  ProjectUpdate,
} from "@orrery/contracts/projects";
import { readsAllProjects } from "@orrery/core/access/policy";
import { Conflict, Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import type { DocumentCtx } from "../documents/document-scope.js";
import { removeBlobs } from "../documents/document-service.js";
import { projectBlobKeys } from "../documents/document-store.js";
import { orgEvent } from "../events/org-event.js";
import { startProjectLifecycle } from "../lifecycle/lifecycle-service.js";
import { findMember } from "../members/member-store.js";
import { pageOf, positionAfter } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { postgresErrorOf, UNIQUE_VIOLATION } from "../store/postgres-errors.js";
import { canSee, lockVisibleProject, projectRefOf } from "./project-access.js";
import { listProjectViews } from "./project-list-store.js";
import {
  ensureProjectManager,
  insertProjectMember,
  projectMemberIds,
} from "./project-member-store.js";
import { readProjectRole, toProject } from "./project-shape.js";
import {
  deleteProject as deleteProjectRow,
  findProjectView,
  insertProject,
  type ProjectInsert,
  updateProject as updateProjectRow,
} from "./project-store.js";

const ListCursor = z.object({ sort: z.string(), value: z.string().nullable(), id: z.uuid() });

/** A page of the projects the caller may read, filtered and sorted as asked. */
export async function listProjects(ctx: OrgCtx, query: ProjectListQuery): Promise<Page<Project>> {
  // Each row is filtered by project.read in the query itself (portfolio roles see them all).
  authorize(ctx, "project.list");
  const after = positionAfter(ListCursor, query.cursor, query.sort);
  const listed = await listProjectViews(
    ctx.statements,
    ctx.org.orgId,
    { userId: ctx.actor.userId, readsAll: readsAllProjects(ctx.org.role) },
    query,
    query.sort,
    after,
    query.limit + 1,
  );
  return pageOf(
    listed,
    query.limit,
    (row) => toProject(row.view),
    (row) => ({ sort: query.sort, value: row.sortValue, id: row.view.id }),
  );
}

export async function getProject(ctx: OrgCtx, idOrKey: string): Promise<Project> {
  const view = await findProjectView(
    ctx.db,
    ctx.org.orgId,
    projectRefOf(idOrKey),
    ctx.actor.userId,
  );
  const myRole = view?.myRole ? readProjectRole(view.myRole) : null;
  if (!view || !canSee(ctx, myRole)) throw new NotFound("project", idOrKey);
  authorize(ctx, "project.read", myRole);
  return toProject(view);
}

/** Creates a project; its creator becomes a project manager, and so does the named manager. */
export async function createProject(ctx: OrgCtx, raw: unknown): Promise<Project> {
  authorize(ctx, "project.create");
  const input = parseInput(ProjectCreate, raw);
  const managerId = input.managerId === undefined ? ctx.actor.userId : input.managerId;
  return runOrgMutation(ctx, async (tx, change) => {
    await assertMembers(tx, ctx, { managerId, sponsorId: input.sponsorId });
    const id = randomUUID();
    try {
      await insertProject(tx, {
        orgId: ctx.org.orgId,
        id,
        key: input.key,
        name: input.name,
        description: input.description,
        status: input.status,
        methodology: input.methodology,
        managerId,
        sponsorId: input.sponsorId,
        plannedStart: input.plannedStart,
        plannedFinish: input.plannedFinish,
        budgetMinor: input.budget?.amountMinor ?? null,
        budgetCurrency: input.budget?.currency ?? null,
        tags: input.tags,
        createdAt: ctx.now,
        createdBy: ctx.actor.userId,
        updatedAt: ctx.now,
        updatedBy: ctx.actor.userId,
      });
    } catch (error) {
      throw keyTakenOr(error, input.key);
    }
    await insertProjectMember(tx, {
      orgId: ctx.org.orgId,
      projectId: id,
      userId: ctx.actor.userId,
      role: "manager",
      addedAt: ctx.now,
    });
    if (managerId !== null && managerId !== ctx.actor.userId) {
      await ensureProjectManager(tx, {
        orgId: ctx.org.orgId,
        projectId: id,
        userId: managerId,
        addedAt: ctx.now,
      });
    }
    const project = await readBack(tx, ctx, id);
    await change.audit({
      action: "project.create",
      entityType: "project",
      entityId: id,
      before: null,
      after: project,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project.created",
        entityType: "project",
        entityId: id,
        projectId: id,
        summary: `${ctx.actor.name} created ${project.key} ${project.name}`,
        audience: { kind: "project", projectId: id },
      }),
    );
    if (input.templateId !== null)
      await startProjectLifecycle(tx, ctx, change, project, input.templateId, null);
    return project;
  });
}

/** Applies a partial update, refusing it with 412 if the project changed since `expectedVersion`. */
export async function updateProject(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Project> {
  const input = parseInput(ProjectUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
    authorize(ctx, "project.update", myRole);
    if (expectedVersion !== null && expectedVersion !== row.version)
      throw new StaleWrite("project");
    await assertMembers(tx, ctx, input);
    const start = input.plannedStart === undefined ? row.plannedStart : input.plannedStart;
    const finish = input.plannedFinish === undefined ? row.plannedFinish : input.plannedFinish;
    if (start !== null && finish !== null && finish < start) {
      throw new Invalid([
        { path: "plannedFinish", message: "must not be before the planned start" },
      ]);
    }
    const before = await readBack(tx, ctx, row.id);
    const patch: Partial<ProjectInsert> = {
      ...withoutBudget(input),
      ...(input.budget === undefined
        ? {}
        : {
            budgetMinor: input.budget?.amountMinor ?? null,
            budgetCurrency: input.budget?.currency ?? null,
          }),
      updatedAt: ctx.now,
      updatedBy: ctx.actor.userId,
    };
    try {
      if (!(await updateProjectRow(tx, ctx.org.orgId, row.id, row.version, patch))) {
        throw new StaleWrite("project");
      }
    } catch (error) {
      throw input.key ? keyTakenOr(error, input.key) : error;
    }
    if (input.managerId) {
      await ensureProjectManager(tx, {
        orgId: ctx.org.orgId,
        projectId: row.id,
        userId: input.managerId,
        addedAt: ctx.now,
      });
    }
    const after = await readBack(tx, ctx, row.id);
    await change.audit({
      action: "project.update",
      entityType: "project",
      entityId: row.id,
      before,
      after,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project.updated",
        entityType: "project",
        entityId: row.id,
        projectId: row.id,
        summary: `${ctx.actor.name} updated ${after.key} ${after.name}`,
        audience: { kind: "project", projectId: row.id },
      }),
    );
    return after;
  });
}

export async function deleteProject(
  ctx: DocumentCtx,
  idOrKey: string,
  expectedVersion: number | null,
): Promise<void> {
  // Rows go with the project (cascade); their files are removed once that has committed.
  const blobKeys = await runOrgMutation(ctx, async (tx, change) => {
    const { row, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
    authorize(ctx, "project.delete", myRole);
    if (expectedVersion !== null && expectedVersion !== row.version)
      throw new StaleWrite("project");
    const before = await readBack(tx, ctx, row.id);
    const memberIds = await projectMemberIds(tx, ctx.org.orgId, row.id);
    const keys = await projectBlobKeys(tx, ctx.org.orgId, row.id);
    if (!(await deleteProjectRow(tx, ctx.org.orgId, row.id, row.version)))
      throw new StaleWrite("project");
    await change.audit({
      action: "project.delete",
      entityType: "project",
      entityId: row.id,
      before,
      after: null,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project.deleted",
        entityType: "project",
        entityId: row.id,
        projectId: row.id,
        summary: `${ctx.actor.name} deleted ${row.key} ${row.name}`,
        audience: { kind: "project", projectId: row.id, memberIds },
      }),
    );
    return keys;
  });
  await removeBlobs(ctx, blobKeys);
}

async function readBack(tx: Db, ctx: OrgCtx, id: string): Promise<Project> {
  const view = await findProjectView(tx, ctx.org.orgId, { id }, ctx.actor.userId);
  if (!view) throw new Error(`project ${id} vanished inside its own transaction`);
  return toProject(view);
}

/** Managers and sponsors must belong to the organisation; the error names the field. */
async function assertMembers(
  tx: Db,
  ctx: OrgCtx,
  people: { managerId?: string | null | undefined; sponsorId?: string | null | undefined },
): Promise<void> {
  const problems = [];
  for (const field of ["managerId", "sponsorId"] as const) {
    const userId = people[field];
    if (userId && !(await findMember(tx, ctx.org.orgId, userId))) {
      problems.push({ path: field, message: "is not a member of this organisation" });
    }
  }
  if (problems.length > 0) throw new Invalid(problems);
}

function withoutBudget<T extends { budget?: unknown }>(input: T): Omit<T, "budget"> {
  const { budget: _budget, ...rest } = input;
  return rest;
}

function keyTakenOr(error: unknown, key: string): unknown {
  if (postgresErrorOf(error)?.code !== UNIQUE_VIOLATION) return error;
  return new Conflict(`the key ${key} is used by another project`, [
    { path: "key", message: "is already used by another project" },
  ]);
}
