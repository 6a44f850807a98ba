import { and, eq } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { invitation, org, orgMember } from "../store/schema/org-tables.js";

export async function insertInvitation(db: Db, row: typeof invitation.$inferInsert): Promise<void> {
  await db.insert(invitation).values(row);
}

export interface InvitationRow {
  readonly orgId: string;
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: Date;
  readonly email: string;
  readonly name: string;
  readonly orgName: string;
  readonly orgSlug: string;
  readonly orgVersion: number;
  readonly orgCreatedAt: Date;
  readonly role: string;
}

/** The invitation behind a link, with what the invitee is shown. */
export async function findInvitationByHash(
  db: Db,
  tokenHash: string,
): Promise<InvitationRow | null> {
  const [row] = await db
    .select({
      orgId: invitation.orgId,
      id: invitation.id,
      userId: invitation.userId,
      expiresAt: invitation.expiresAt,
      email: user.email,
      name: user.name,
      orgName: org.name,
      orgSlug: org.slug,
      orgVersion: org.version,
      orgCreatedAt: org.createdAt,
      role: orgMember.role,
    })
    .from(invitation)
    .innerJoin(user, eq(user.id, invitation.userId))
    .innerJoin(org, eq(org.id, invitation.orgId))
    .innerJoin(
      orgMember,
      and(eq(orgMember.orgId, invitation.orgId), eq(orgMember.userId, invitation.userId)),
    )
    .where(eq(invitation.tokenHash, tokenHash));
  return row ?? null;
}

/** Once a person has a password, every other link that could set one is void. */
export async function deleteInvitationsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(invitation).where(eq(invitation.userId, userId));
}
