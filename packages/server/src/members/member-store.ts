import { and, asc, eq, gt, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { user } from "../store/schema/auth-tables.js";
import { invitation, orgMember } from "../store/schema/org-tables.js";

export interface MemberRow {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly joinedAt: Date;
  readonly invitedUntil: Date | null;
  readonly version: number;
}

const memberColumns = {
  userId: orgMember.userId,
  name: user.name,
  email: user.email,
  role: orgMember.role,
  joinedAt: orgMember.joinedAt,
  invitedUntil: sql<Date | null>`(select max(${invitation.expiresAt}) from ${invitation}
    where ${invitation.orgId} = ${orgMember.orgId} and ${invitation.userId} = ${orgMember.userId})`.mapWith(
    invitation.expiresAt,
  ),
  version: orgMember.version,
};

export async function insertMember(
  db: Db,
  row: { orgId: string; userId: string; role: string; joinedAt: Date },
): Promise<void> {
  await db.insert(orgMember).values(row);
}

export interface MemberFilter {
  readonly q?: string | undefined;
  readonly role?: string | undefined;
}

/** Members by name then id, after the given position. */
export async function listMembers(
  db: Db,
  orgId: string,
  filter: MemberFilter,
  after: { name: string; userId: string } | null,
  limit: number,
): Promise<MemberRow[]> {
  const where: (SQL | undefined)[] = [eq(orgMember.orgId, orgId)];
  if (filter.role) where.push(eq(orgMember.role, filter.role));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(or(ilike(user.name, pattern), ilike(user.email, pattern)));
  }
  if (after) {
    where.push(
      or(gt(user.name, after.name), and(eq(user.name, after.name), gt(user.id, after.userId))),
    );
  }
  return db
    .select(memberColumns)
    .from(orgMember)
    .innerJoin(user, eq(user.id, orgMember.userId))
    .where(and(...where))
    .orderBy(asc(user.name), asc(user.id))
    .limit(limit);
}

export async function findMember(db: Db, orgId: string, userId: string): Promise<MemberRow | null> {
  const [row] = await db
    .select(memberColumns)
    .from(orgMember)
    .innerJoin(user, eq(user.id, orgMember.userId))
    .where(and(eq(orgMember.orgId, orgId), eq(orgMember.userId, userId)));
  return row ?? null;
}

/**
 * Locks the organisation's admin memberships until the transaction ends, so two admins who
 * demote each other at the same moment cannot leave the organisation without one.
 */
export async function lockAdmins(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: orgMember.userId })
    .from(orgMember)
    .where(and(eq(orgMember.orgId, orgId), eq(orgMember.role, "admin")))
    .for("update");
  return rows.map((r) => r.userId);
}

export async function updateMemberRole(
  db: Db,
  orgId: string,
  userId: string,
  version: number,
  role: string,
): Promise<boolean> {
  const rows = await db
    .update(orgMember)
    .set({ role, version: version + 1 })
    .where(
      and(eq(orgMember.orgId, orgId), eq(orgMember.userId, userId), eq(orgMember.version, version)),
    )
    .returning({ userId: orgMember.userId });
  return rows.length > 0;
}

export async function deleteMember(
  db: Db,
  orgId: string,
  userId: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(orgMember)
    .where(
      and(eq(orgMember.orgId, orgId), eq(orgMember.userId, userId), eq(orgMember.version, version)),
    )
    .returning({ userId: orgMember.userId });
  return rows.length > 0;
}

/** Voids a member's invitation links to this organisation (a new one replaces them). */
export async function deleteMemberInvitations(
  db: Db,
  orgId: string,
  userId: string,
): Promise<void> {
  await db
    .delete(invitation)
    .where(and(eq(invitation.orgId, orgId), eq(invitation.userId, userId)));
}

/** The members of the organisation with these e-mail addresses (any case), by lower-cased address. */
export async function findMembersByEmail(
  db: Db,
  orgId: string,
  emails: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ userId: orgMember.userId, email: user.email })
    .from(orgMember)
    .innerJoin(user, eq(user.id, orgMember.userId))
    .where(
      and(
        eq(orgMember.orgId, orgId),
        sql`lower(${user.email}) in (${sql.join(
          wanted.map((email) => sql`${email}`),
          sql`, `,
        )})`,
      ),
    );
  return new Map(rows.map((row) => [row.email.toLowerCase(), row.userId]));
}
