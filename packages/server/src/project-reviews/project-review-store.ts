import { and, eq } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { projectReview } from "../store/schema/lesson-tables.js";

export type ReviewRow = typeof projectReview.$inferSelect;
export type ReviewInsert = typeof projectReview.$inferInsert;

/** A project's review with the name of who saved it last, or null before the first save. */
export async function findReview(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<{ row: ReviewRow; updaterName: string | null; updaterEmail: string | null } | null> {
  const [found] = await db
    .select({ row: projectReview, updaterName: user.name, updaterEmail: user.email })
    .from(projectReview)
    .leftJoin(user, eq(user.id, projectReview.updatedBy))
    .where(and(eq(projectReview.orgId, orgId), eq(projectReview.projectId, projectId)));
  return found ?? null;
}

export async function insertReview(db: Db, row: ReviewInsert): Promise<void> {
  await db.insert(projectReview).values(row);
}

/** Replaces the review only if the version is still `version`; false when someone got there first. */
export async function updateReview(
  db: Db,
  orgId: string,
  projectId: string,
  version: number,
  patch: Partial<ReviewInsert>,
): Promise<boolean> {
  const rows = await db
    .update(projectReview)
    .set({ ...patch, version: version + 1 })
    .where(
      and(
        eq(projectReview.orgId, orgId),
        eq(projectReview.projectId, projectId),
        eq(projectReview.version, version),
      ),
    )
    .returning({ version: projectReview.version });
  return rows.length > 0;
}
