import { randomUUID } from "node:crypto";
import { type Invitation, InvitationAccept, InvitationLookup } from "@orrery/contracts/account";
import type { Org } from "@orrery/contracts/orgs";
import { NotFound } from "@orrery/core/errors/domain-error";
import { hasPassword, insertPassword, renameUser } from "../accounts/account-store.js";
import { hashPassword } from "../accounts/password-hash.js";
import { insertOrgAudit } from "../audit/audit-store.js";
import { readOrgRole } from "../auth/caller.js";
import { toOrg } from "../orgs/org-shape.js";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { hashTokenSecret, newLinkSecret } from "../tokens/token-secret.js";
import {
  deleteInvitationsOfUser,
  findInvitationByHash,
  type InvitationRow,
  insertInvitation,
} from "./invitation-store.js";

const INVITATION_DAYS = 7;

/** Creates an invitation inside the caller's transaction; returns its one-time link. */
export async function inviteToOrg(
  tx: Db,
  ctx: OrgCtx,
  userId: string,
  publicUrl: URL,
): Promise<{ url: string; expiresAt: Date }> {
  const secret = newLinkSecret();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000);
  await insertInvitation(tx, {
    orgId: ctx.org.orgId,
    id: randomUUID(),
    userId,
    tokenHash: hashTokenSecret(secret),
    invitedBy: ctx.actor.userId,
    expiresAt,
    createdAt: ctx.now,
  });
  const url = new URL("/invite", publicUrl);
  url.searchParams.set("token", secret);
  return { url: url.toString(), expiresAt };
}

/** What a valid invitation link offers; an unknown or expired link is simply not found. */
export async function lookupInvitation(db: Db, raw: unknown, now: Date): Promise<Invitation> {
  const input = parseInput(InvitationLookup, raw);
  const row = await validInvitation(db, input.token, now);
  return {
    email: row.email,
    name: row.name,
    orgName: row.orgName,
    orgSlug: row.orgSlug,
    role: readOrgRole(row.role),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export interface AcceptedInvitation {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly org: Org;
}

/**
 * Sets the invitee's name and password and voids all their other invitations, in one
 * transaction with its audit row. Signing in afterwards is the edge's business.
 */
export async function acceptInvitation(
  db: Db,
  raw: unknown,
  now: Date,
  requestId: string | null,
): Promise<AcceptedInvitation> {
  const input = parseInput(InvitationAccept, raw);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await validInvitation(tx, input.token, now);
    // The link may have been used a moment ago by another request: only one sets the password.
    await deleteInvitationsOfUser(tx, row.userId);
    if (await hasPassword(tx, row.userId)) throw new NotFound("invitation", "(link)");
    await renameUser(tx, row.userId, input.name, now);
    await insertPassword(tx, { id: randomUUID(), userId: row.userId, passwordHash, at: now });
    await insertOrgAudit(
      tx,
      row.orgId,
      { actorId: row.userId, requestId, at: now },
      {
        action: "member.accept_invitation",
        entityType: "member",
        entityId: row.userId,
        before: { name: row.name },
        after: { name: input.name },
      },
    );
    const role = readOrgRole(row.role);
    return {
      userId: row.userId,
      email: row.email,
      password: input.password,
      name: input.name,
      org: toOrg(
        {
          id: row.orgId,
          slug: row.orgSlug,
          name: row.orgName,
          version: row.orgVersion,
          createdAt: row.orgCreatedAt,
        },
        role,
      ),
    };
  });
}

async function validInvitation(db: Db, token: string, now: Date): Promise<InvitationRow> {
  const row = await findInvitationByHash(db, hashTokenSecret(token));
  if (!row || row.expiresAt <= now) throw new NotFound("invitation", "(link)");
  return row;
}
