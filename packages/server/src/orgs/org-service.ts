import { randomUUID } from "node:crypto";
import type { Page, PageQuery } from "@orrery/contracts/common";
import { type Org, OrgCreate, OrgUpdate } from "@orrery/contracts/orgs";
import { Conflict, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { readOrgRole } from "../auth/caller.js";
import { orgEvent } from "../events/org-event.js";
import { insertMember } from "../members/member-store.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize, authorizeAccount } from "../service/authorize.js";
import type { Ctx, OrgCtx } from "../service/context.js";
import { runAccountMutation, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { postgresErrorOf, UNIQUE_VIOLATION } from "../store/postgres-errors.js";
import { firstFreeSlug, slugFromName, toOrg } from "./org-shape.js";
import { findOrgForUpdate, insertOrg, listOrgsOfUser, slugsLike, updateOrg } from "./org-store.js";

const OrgCursor = z.object({ slug: z.string() });

/** The caller's organisations, by slug. */
export async function listMyOrgs(ctx: Ctx, query: PageQuery): Promise<Page<Org>> {
  authorizeAccount(ctx, "account.read");
  const after = query.cursor ? decodeCursor(OrgCursor, query.cursor).slug : null;
  const rows = await listOrgsOfUser(ctx.db, ctx.actor.userId, after, query.limit + 1);
  return pageOf(
    rows,
    query.limit,
    (row) => toOrg(row, readOrgRole(row.role)),
    (row) => ({ slug: row.slug }),
  );
}

/** Creates an organisation; its creator becomes its first admin. */
export async function createOrg(ctx: Ctx, raw: unknown): Promise<Org> {
  authorizeAccount(ctx, "org.create");
  const input = parseInput(OrgCreate, raw);
  return runAccountMutation(ctx, async (tx, change) => {
    const row = await createOrgWithAdmin(tx, {
      name: input.name,
      slug: input.slug ?? null,
      adminId: ctx.actor.userId,
      at: ctx.now,
    });
    const org = toOrg(row, "admin");
    await change.auditIn(row.id, {
      action: "org.create",
      entityType: "org",
      entityId: row.id,
      before: null,
      after: org,
    });
    return org;
  });
}

/**
 * The organisation row and its first admin's membership. A slug given by the caller must be
 * free; one derived from the name takes the first free `name-2`, `name-3`, …
 */
export async function createOrgWithAdmin(
  tx: Db,
  input: { name: string; slug: string | null; adminId: string; at: Date },
) {
  const slug =
    input.slug ??
    firstFreeSlug(slugFromName(input.name), await slugsLike(tx, slugFromName(input.name)));
  try {
    const row = await insertOrg(tx, {
      id: randomUUID(),
      slug,
      name: input.name,
      createdAt: input.at,
      createdBy: input.adminId,
      updatedAt: input.at,
      updatedBy: input.adminId,
    });
    await insertMember(tx, {
      orgId: row.id,
      userId: input.adminId,
      role: "admin",
      joinedAt: input.at,
    });
    return row;
  } catch (error) {
    if (postgresErrorOf(error)?.code === UNIQUE_VIOLATION) {
      throw new Conflict(`the slug ${slug} is taken`, [
        { path: "slug", message: "is already taken" },
      ]);
    }
    throw error;
  }
}

export function getOrg(ctx: OrgCtx): Org {
  authorize(ctx, "org.read");
  return toOrg(
    {
      id: ctx.org.orgId,
      slug: ctx.org.slug,
      name: ctx.org.name,
      version: ctx.org.version,
      createdAt: ctx.org.createdAt,
    },
    ctx.org.role,
  );
}

export async function renameOrg(
  ctx: OrgCtx,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Org> {
  authorize(ctx, "org.update");
  const input = parseInput(OrgUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const current = await findOrgForUpdate(tx, ctx.org.orgId);
    if (!current) throw new Error("the organisation of a resolved membership is gone");
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("organisation");
    const updated = await updateOrg(tx, current.id, current.version, {
      name: input.name,
      updatedAt: ctx.now,
      updatedBy: ctx.actor.userId,
    });
    if (!updated) throw new StaleWrite("organisation");
    change.accessChanged({ kind: "org", orgId: current.id });
    const before = toOrg(current, ctx.org.role);
    const after = toOrg(updated, ctx.org.role);
    await change.audit({
      action: "org.update",
      entityType: "org",
      entityId: current.id,
      before,
      after,
    });
    change.emit(
      orgEvent(ctx, {
        type: "org.updated",
        entityType: "org",
        entityId: current.id,
        summary: `${ctx.actor.name} renamed the organisation to ${after.name}`,
      }),
    );
    return after;
  });
}
