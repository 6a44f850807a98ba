import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import { type Member, MemberAdd, type MemberListQuery, MemberUpdate } from "@orrery/contracts/orgs";
import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import { Conflict, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { findUserByEmail, hasPassword, insertUser } from "../accounts/account-store.js";
import { orgEvent } from "../events/org-event.js";
import { inviteToOrg } from "../invitations/invitation-service.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { clearProjectPeople } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import { postgresErrorOf, UNIQUE_VIOLATION } from "../store/postgres-errors.js";
import { toMember } from "./member-shape.js";
import {
  deleteMember,
  deleteMemberInvitations,
  findMember,
  insertMember,
  listMembers,
  lockAdmins,
  updateMemberRole,
} from "./member-store.js";

const MemberCursor = z.object({ name: z.string(), userId: z.string() });

export async function listOrgMembers(ctx: OrgCtx, query: MemberListQuery): Promise<Page<Member>> {
  authorize(ctx, "member.read");
  const after = query.cursor ? decodeCursor(MemberCursor, query.cursor) : null;
  const rows = await listMembers(ctx.db, ctx.org.orgId, query, after, query.limit + 1);
  return pageOf(rows, query.limit, toMember, (row) => ({ name: row.name, userId: row.userId }));
}

export async function getOrgMember(ctx: OrgCtx, userId: string): Promise<Member> {
  authorize(ctx, "member.read");
  const row = await findMember(ctx.db, ctx.org.orgId, userId);
  if (!row) throw new NotFound("member", userId);
  return toMember(row);
}

export interface MemberAdded {
  readonly member: Member;
  /** The one-time link for someone who has no password yet; shown once, stored hashed. */
  readonly inviteUrl: string | null;
}

/**
 * Adds a person by e-mail. Someone without an account gets one, without a password, and an
 * invitation link with which they choose it.
 */
export async function addOrgMember(
  ctx: OrgCtx,
  raw: unknown,
  publicUrl: URL,
): Promise<MemberAdded> {
  authorize(ctx, "member.manage");
  const input = parseInput(MemberAdd, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    try {
      const person =
        (await findUserByEmail(tx, input.email)) ??
        (await insertUser(tx, {
          id: randomUUID(),
          name: input.name ?? input.email.split("@")[0] ?? input.email,
          email: input.email,
          at: ctx.now,
        }));
      if (await findMember(tx, ctx.org.orgId, person.id)) throw alreadyMember(input.email);
      await insertMember(tx, {
        orgId: ctx.org.orgId,
        userId: person.id,
        role: input.role,
        joinedAt: ctx.now,
      });
      const invited = (await hasPassword(tx, person.id))
        ? null
        : await inviteToOrg(tx, ctx, person.id, publicUrl);
      const inviteUrl = invited?.url ?? null;
      const member = toMember({
        userId: person.id,
        name: person.name,
        email: person.email,
        role: input.role,
        joinedAt: ctx.now,
        invitedUntil: invited?.expiresAt ?? null,
        version: 1,
      });
      await change.audit({
        action: "member.add",
        entityType: "member",
        entityId: person.id,
        before: null,
        after: { ...member, invited: inviteUrl !== null },
      });
      change.emit(
        orgEvent(ctx, {
          type: "member.added",
          entityType: "member",
          entityId: person.id,
          summary: `${ctx.actor.name} added ${member.name} as ${ORG_ROLE_LABELS[member.role]}`,
        }),
      );
      return { member, inviteUrl };
    } catch (error) {
      if (postgresErrorOf(error)?.code === UNIQUE_VIOLATION) throw alreadyMember(input.email);
      throw error;
    }
  });
}

export async function changeMemberRole(
  ctx: OrgCtx,
  userId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Member> {
  authorize(ctx, "member.manage");
  const input = parseInput(MemberUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const admins = await lockAdmins(tx, ctx.org.orgId);
    const current = await findMember(tx, ctx.org.orgId, userId);
    if (!current) throw new NotFound("member", userId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("member");
    if (current.role === "admin" && input.role !== "admin" && admins.length <= 1) {
      throw lastAdmin();
    }
    if (!(await updateMemberRole(tx, ctx.org.orgId, userId, current.version, input.role))) {
      throw new StaleWrite("member");
    }
    change.accessChanged({ kind: "member", orgId: ctx.org.orgId, userId });
    const before = toMember(current);
    const after = toMember({ ...current, role: input.role, version: current.version + 1 });
    await change.audit({
      action: "member.update",
      entityType: "member",
      entityId: userId,
      before,
      after,
    });
    change.emit(
      orgEvent(ctx, {
        type: "member.updated",
        entityType: "member",
        entityId: userId,
        summary: `${ctx.actor.name} made ${after.name} ${ORG_ROLE_LABELS[after.role]}`,
      }),
    );
    return after;
  });
}

/** Removes a member; projects they managed or sponsored keep no dangling reference. */
export async function removeOrgMember(
  ctx: OrgCtx,
  userId: string,
  expectedVersion: number | null,
): Promise<void> {
  authorize(ctx, "member.manage");
  await runOrgMutation(ctx, async (tx, change) => {
    const admins = await lockAdmins(tx, ctx.org.orgId);
    const current = await findMember(tx, ctx.org.orgId, userId);
    if (!current) throw new NotFound("member", userId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("member");
    if (current.role === "admin" && admins.length <= 1) throw lastAdmin();
    await clearProjectPeople(tx, ctx.org.orgId, userId, ctx.now, ctx.actor.userId);
    if (!(await deleteMember(tx, ctx.org.orgId, userId, current.version)))
      throw new StaleWrite("member");
    change.accessChanged({ kind: "member", orgId: ctx.org.orgId, userId });
    await change.audit({
      action: "member.remove",
      entityType: "member",
      entityId: userId,
      before: toMember(current),
      after: null,
    });
    change.emit(
      orgEvent(ctx, {
        type: "member.removed",
        entityType: "member",
        entityId: userId,
        summary: `${ctx.actor.name} removed ${current.name} from the organisation`,
      }),
    );
  });
}

/**
 * Replaces the invitation of a member who has not chosen a password yet (the link was lost or
 * has expired) with a new one; the old links stop working.
 */
export async function reissueInvitation(
  ctx: OrgCtx,
  userId: string,
  publicUrl: URL,
): Promise<MemberAdded> {
  authorize(ctx, "member.manage");
  return runOrgMutation(ctx, async (tx, change) => {
    const current = await findMember(tx, ctx.org.orgId, userId);
    if (!current) throw new NotFound("member", userId);
    if (await hasPassword(tx, userId)) {
      throw new Conflict(`${current.name} already has an account and needs no invitation`);
    }
    await deleteMemberInvitations(tx, ctx.org.orgId, userId);
    const invited = await inviteToOrg(tx, ctx, userId, publicUrl);
    const member = toMember({ ...current, invitedUntil: invited.expiresAt });
    await change.audit({
      action: "member.reinvite",
      entityType: "member",
      entityId: userId,
      before: toMember(current),
      after: member,
    });
    change.emit(
      orgEvent(ctx, {
        type: "member.updated",
        entityType: "member",
        entityId: userId,
        summary: `${ctx.actor.name} sent ${member.name} a new invitation link`,
      }),
    );
    return { member, inviteUrl: invited.url };
  });
}

function alreadyMember(email: string): Conflict {
  return new Conflict(`${email} is already a member`, [
    { path: "email", message: "is already a member" },
  ]);
}

function lastAdmin(): Conflict {
  return new Conflict(
    "the organisation must keep at least one admin; make someone else admin first",
  );
}
