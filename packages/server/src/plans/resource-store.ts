import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { planAssignment, planResource } from "../store/schema/plan-tables.js";
import { inChunks, type PlanKey } from "./plan-store.js";

// The SQL of a plan's resources and assignments, scoped by org_id and project_id like the rest
// of the plan.

export type ResourceRow = typeof planResource.$inferSelect;
export type AssignmentRow = typeof planAssignment.$inferSelect;

function resourcesOf(key: PlanKey) {
  return and(eq(planResource.orgId, key.orgId), eq(planResource.projectId, key.projectId));
}

function assignmentsOf(key: PlanKey) {
  return and(eq(planAssignment.orgId, key.orgId), eq(planAssignment.projectId, key.projectId));
}

export async function readResources(db: Db, key: PlanKey): Promise<ResourceRow[]> {
  return db.select().from(planResource).where(resourcesOf(key)).orderBy(asc(planResource.uid));
}

export async function findResource(db: Db, key: PlanKey, uid: number): Promise<ResourceRow | null> {
  const [row] = await db
    .select()
    .from(planResource)
    .where(and(resourcesOf(key), eq(planResource.uid, uid)));
  return row ?? null;
}

export async function insertResources(db: Db, rows: readonly ResourceRow[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(planResource).values(chunk));
}

/** Changes a resource if its version is still `version`; false when it moved meanwhile. */
export async function updateResource(db: Db, row: ResourceRow, version: number): Promise<boolean> {
  const { orgId, projectId, uid, ...fields } = row;
  const rows = await db
    .update(planResource)
    .set({ ...fields, version: version + 1 })
    .where(
      and(
        resourcesOf({ orgId, projectId }),
        eq(planResource.uid, uid),
        eq(planResource.version, version),
      ),
    )
    .returning({ uid: planResource.uid });
  return rows.length > 0;
}

/** Deletes a resource; its assignments go with it. */
export async function deleteResource(db: Db, key: PlanKey, uid: number): Promise<void> {
  await db.delete(planResource).where(and(resourcesOf(key), eq(planResource.uid, uid)));
}

export async function readAssignments(db: Db, key: PlanKey): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(planAssignment)
    .where(assignmentsOf(key))
    .orderBy(asc(planAssignment.taskUid), asc(planAssignment.resourceUid));
}

export async function readTaskAssignments(
  db: Db,
  key: PlanKey,
  taskUid: number,
): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(planAssignment)
    .where(and(assignmentsOf(key), eq(planAssignment.taskUid, taskUid)))
    .orderBy(asc(planAssignment.resourceUid));
}

export async function insertAssignments(db: Db, rows: readonly AssignmentRow[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(planAssignment).values(chunk));
}

export async function deleteTaskAssignments(db: Db, key: PlanKey, taskUid: number): Promise<void> {
  await db
    .delete(planAssignment)
    .where(and(assignmentsOf(key), eq(planAssignment.taskUid, taskUid)));
}

/** True when one of the person's resources in the plan is assigned to the task. */
export async function isAssignedToTask(
  db: Db,
  key: PlanKey,
  taskUid: number,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .select({ uid: planResource.uid })
    .from(planAssignment)
    .innerJoin(
      planResource,
      and(
        eq(planResource.orgId, planAssignment.orgId),
        eq(planResource.projectId, planAssignment.projectId),
        eq(planResource.uid, planAssignment.resourceUid),
      ),
    )
    .where(
      and(assignmentsOf(key), eq(planAssignment.taskUid, taskUid), eq(planResource.userId, userId)),
    )
    .limit(1);
  return rows.length > 0;
}

/** Which of these resources exist in the plan. */
export async function existingResourceUids(
  db: Db,
  key: PlanKey,
  uids: readonly number[],
): Promise<Set<number>> {
  if (uids.length === 0) return new Set();
  const rows = await db
    .select({ uid: planResource.uid })
    .from(planResource)
    .where(and(resourcesOf(key), inArray(planResource.uid, [...uids])));
  return new Set(rows.map((row) => row.uid));
}
