import type { Page, PageQuery } from "@orrery/contracts/common";
import {
  type ProjectMember,
  ProjectMemberAdd,
  ProjectMemberUpdate,
} from "@orrery/contracts/projects";
import { PROJECT_ROLE_LABELS } from "@orrery/contracts/roles";
import { Conflict, Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { findMember } from "../members/member-store.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { postgresErrorOf, UNIQUE_VIOLATION } from "../store/postgres-errors.js";
import { findVisibleProject, lockVisibleProject } from "./project-access.js";
import {
  deleteProjectMember,
  findProjectMember,
  insertProjectMember,
  listProjectMembers,
  updateProjectMemberRole,
} from "./project-member-store.js";
import { toProjectMember } from "./project-shape.js";

const MemberCursor = z.object({ name: z.string(), userId: z.string() });

export async function listMembersOfProject(
  ctx: OrgCtx,
  idOrKey: string,
  query: PageQuery,
): Promise<Page<ProjectMember>> {
  const after = query.cursor ? decodeCursor(MemberCursor, query.cursor) : null;
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, idOrKey);
  authorize(ctx, "project.read", myRole);
  const rows = await listProjectMembers(ctx.db, ctx.org.orgId, row.id, after, query.limit + 1);
  return pageOf(rows, query.limit, toProjectMember, (r) => ({ name: r.name, userId: r.userId }));
}

export async function getMemberOfProject(
  ctx: OrgCtx,
  idOrKey: string,
  userId: string,
): Promise<ProjectMember> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, idOrKey);
  authorize(ctx, "project.read", myRole);
  const member = await findProjectMember(ctx.db, ctx.org.orgId, row.id, userId);
  if (!member) throw new NotFound("project member", userId);
  return toProjectMember(member);
}

/** Adds an organisation member to the project with a project role. */
export async function addMemberToProject(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<ProjectMember> {
  const input = parseInput(ProjectMemberAdd, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
    authorize(ctx, "project.members.manage", myRole);
    if (!(await findMember(tx, ctx.org.orgId, input.userId))) {
      throw new Invalid([{ path: "userId", message: "is not a member of this organisation" }]);
    }
    try {
      await insertProjectMember(tx, {
        orgId: ctx.org.orgId,
        projectId: row.id,
        userId: input.userId,
        role: input.role,
        addedAt: ctx.now,
      });
    } catch (error) {
      if (postgresErrorOf(error)?.code !== UNIQUE_VIOLATION) throw error;
      throw new Conflict("already a member of this project", [
        { path: "userId", message: "is already a member of this project" },
      ]);
    }
    const added = await findProjectMember(tx, ctx.org.orgId, row.id, input.userId);
    if (!added) throw new Error("the project member vanished inside its own transaction");
    const member = toProjectMember(added);
    await change.audit({
      action: "project_member.add",
      entityType: "project_member",
      entityId: `${row.id}/${member.userId}`,
      before: null,
      after: member,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project_member.added",
        entityType: "project_member",
        entityId: member.userId,
        projectId: row.id,
        summary: `${ctx.actor.name} added ${member.name} to ${row.key} as ${PROJECT_ROLE_LABELS[member.role]}`,
        audience: { kind: "project", projectId: row.id },
      }),
    );
    return member;
  });
}

export async function changeProjectMemberRole(
  ctx: OrgCtx,
  idOrKey: string,
  userId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ProjectMember> {
  const input = parseInput(ProjectMemberUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row, current } = await lockMemberToManage(tx, ctx, idOrKey, userId, expectedVersion);
    if (row.managerId === userId && input.role !== "manager") throw namedManager();
    if (
      !(await updateProjectMemberRole(
        tx,
        ctx.org.orgId,
        row.id,
        userId,
        current.version,
        input.role,
      ))
    ) {
      throw new StaleWrite("project member");
    }
    const before = toProjectMember(current);
    const after = toProjectMember({ ...current, role: input.role, version: current.version + 1 });
    await change.audit({
      action: "project_member.update",
      entityType: "project_member",
      entityId: `${row.id}/${userId}`,
      before,
      after,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project_member.updated",
        entityType: "project_member",
        entityId: userId,
        projectId: row.id,
        summary: `${ctx.actor.name} made ${after.name} ${PROJECT_ROLE_LABELS[after.role]} of ${row.key}`,
        audience: { kind: "project", projectId: row.id },
      }),
    );
    return after;
  });
}

export async function removeMemberFromProject(
  ctx: OrgCtx,
  idOrKey: string,
  userId: string,
  expectedVersion: number | null,
): Promise<void> {
  await runOrgMutation(ctx, async (tx, change) => {
    const { row, current } = await lockMemberToManage(tx, ctx, idOrKey, userId, expectedVersion);
    if (row.managerId === userId) throw namedManager();
    if (!(await deleteProjectMember(tx, ctx.org.orgId, row.id, userId, current.version))) {
      throw new StaleWrite("project member");
    }
    await change.audit({
      action: "project_member.remove",
      entityType: "project_member",
      entityId: `${row.id}/${userId}`,
      before: toProjectMember(current),
      after: null,
    });
    change.emit(
      orgEvent(ctx, {
        type: "project_member.removed",
        entityType: "project_member",
        entityId: userId,
        projectId: row.id,
        summary: `${ctx.actor.name} removed ${current.name} from ${row.key}`,
        // The removed person hears of it too: their view of the project just changed.
        audience: { kind: "project", projectId: row.id, memberIds: [userId] },
      }),
    );
  });
}

/**
 * The project (locked) and one of its members, for a change of that membership: checks the
 * caller may manage the project's members and that `expectedVersion` is still current.
 */
async function lockMemberToManage(
  tx: Db,
  ctx: OrgCtx,
  idOrKey: string,
  userId: string,
  expectedVersion: number | null,
) {
  const { row, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
  authorize(ctx, "project.members.manage", myRole);
  const current = await findProjectMember(tx, ctx.org.orgId, row.id, userId);
  if (!current) throw new NotFound("project member", userId);
  if (expectedVersion !== null && expectedVersion !== current.version) {
    throw new StaleWrite("project member");
  }
  return { row, current };
}

function namedManager(): Conflict {
  return new Conflict("this person is the project's manager; name another manager first", [
    { path: "userId", message: "is the project's manager" },
  ]);
}
