import { and, asc, eq, gt, like } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { org, orgMember } from "../store/schema/org-tables.js";

export type OrgRow = typeof org.$inferSelect;

export interface OrgWithRole extends OrgRow {
  readonly role: string;
}

export async function insertOrg(db: Db, row: typeof org.$inferInsert): Promise<OrgRow> {
  const [inserted] = await db.insert(org).values(row).returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

/** Slugs in use that start with `base`, to pick a free one without a loop of queries. */
export async function slugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: org.slug })
    .from(org)
    .where(like(org.slug, `${escapeLike(base)}%`));
  return new Set(rows.map((r) => r.slug));
}

/** The caller's organisations with their role, by slug, after `afterSlug`. */
export async function listOrgsOfUser(
  db: Db,
  userId: string,
  afterSlug: string | null,
  limit: number,
): Promise<OrgWithRole[]> {
  const where = [eq(orgMember.userId, userId)];
  if (afterSlug !== null) where.push(gt(org.slug, afterSlug));
  const rows = await db
    .select({ org, role: orgMember.role })
    .from(orgMember)
    .innerJoin(org, eq(org.id, orgMember.orgId))
    .where(and(...where))
    .orderBy(asc(org.slug))
    .limit(limit);
  return rows.map((r) => ({ ...r.org, role: r.role }));
}

export async function findOrgForUpdate(db: Db, orgId: string): Promise<OrgRow | null> {
  const [row] = await db.select().from(org).where(eq(org.id, orgId)).for("update");
  return row ?? null;
}

/** Renames, only if the version is still the one read; null when it is not. */
export async function updateOrg(
  db: Db,
  orgId: string,
  version: number,
  patch: { name?: string | undefined; updatedAt: Date; updatedBy: string },
): Promise<OrgRow | null> {
  const [row] = await db
    .update(org)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(org.id, orgId), eq(org.version, version)))
    .returning();
  return row ?? null;
}
