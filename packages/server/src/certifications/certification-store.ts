import { and, eq, ilike, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { user } from "../store/schema/auth-tables.js";
import { certification } from "../store/schema/certification-tables.js";
import { orgMember } from "../store/schema/org-tables.js";

export type CertificationRow = typeof certification.$inferSelect;
export type CertificationInsert = typeof certification.$inferInsert;

export interface CertificationView {
  readonly row: CertificationRow;
  readonly personName: string;
  readonly personEmail: string;
}

export interface CertificationFilter {
  readonly userId?: string | undefined;
  readonly q?: string | undefined;
  readonly kind?: string | undefined;
  /** Only records expiring on or before this day (`YYYY-MM-DD`). */
  readonly expiringBy?: string | undefined;
}

/** Where the previous page ended: expiry (never-expiring sort last) and id. */
export interface CertificationPosition {
  readonly expiresOn: string | null;
  readonly id: string;
}

const NEVER = "9999-12-31";

function selectViews(db: Db) {
  return (
    db
      .select({ row: certification, personName: user.name, personEmail: user.email })
      .from(certification)
      .innerJoin(user, eq(user.id, certification.userId))
      // Records of people who left the organisation stay out of its lists.
      .innerJoin(
        orgMember,
        and(eq(orgMember.orgId, certification.orgId), eq(orgMember.userId, certification.userId)),
      )
  );
}

function recordCondition(orgId: string, id: string): SQL | undefined {
  return and(eq(certification.orgId, orgId), eq(certification.id, id));
}

export async function findCertificationView(
  db: Db,
  orgId: string,
  id: string,
): Promise<CertificationView | null> {
  const [view] = await selectViews(db).where(recordCondition(orgId, id));
  return view ?? null;
}

/** Soonest expiry first, never-expiring last: what lapses first is what a PMO acts on. */
export async function listCertificationViews(
  db: Db,
  orgId: string,
  filter: CertificationFilter,
  after: CertificationPosition | null,
  limit: number,
): Promise<CertificationView[]> {
  const expiry = sql`coalesce(${certification.expiresOn}, ${NEVER}::date)`;
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : null;
  return selectViews(db)
    .where(
      and(
        eq(certification.orgId, orgId),
        filter.userId === undefined ? undefined : eq(certification.userId, filter.userId),
        filter.kind === undefined ? undefined : eq(certification.kind, filter.kind),
        pattern === null
          ? undefined
          : or(ilike(certification.name, pattern), ilike(certification.issuer, pattern)),
        filter.expiringBy === undefined
          ? undefined
          : lte(certification.expiresOn, filter.expiringBy),
        after === null
          ? undefined
          : sql`(${expiry}, ${certification.id}) > (${after.expiresOn ?? NEVER}::date, ${after.id}::uuid)`,
      ),
    )
    .orderBy(expiry, certification.id)
    .limit(limit);
}

export async function lockCertification(
  db: Db,
  orgId: string,
  id: string,
): Promise<CertificationRow | null> {
  const [row] = await db
    .select()
    .from(certification)
    .where(recordCondition(orgId, id))
    .for("update");
  return row ?? null;
}

export async function insertCertification(db: Db, row: CertificationInsert): Promise<void> {
  await db.insert(certification).values(row);
}

export async function updateCertification(
  db: Db,
  orgId: string,
  id: string,
  version: number,
  patch: Partial<CertificationInsert>,
): Promise<boolean> {
  const rows = await db
    .update(certification)
    .set({ ...patch, version: version + 1 })
    .where(and(recordCondition(orgId, id), eq(certification.version, version)))
    .returning({ id: certification.id });
  return rows.length > 0;
}

export async function deleteCertification(
  db: Db,
  orgId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(certification)
    .where(and(recordCondition(orgId, id), eq(certification.version, version)))
    .returning({ id: certification.id });
  return rows.length > 0;
}
