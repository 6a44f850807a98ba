import { and, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { changeRequest } from "../store/schema/change-request-tables.js";
import { project } from "../store/schema/project-tables.js";

export type ChangeRequestRow = typeof changeRequest.$inferSelect;
export type ChangeRequestInsert = typeof changeRequest.$inferInsert;

const creator = alias(user, "creator");
const updater = alias(user, "updater");
const applier = alias(user, "applier");

/** A change request with the names it refers to. */
export interface ChangeRequestView {
  readonly row: ChangeRequestRow;
  readonly projectKey: string;
  readonly projectName: string;
  readonly creatorName: string | null;
  readonly creatorEmail: string | null;
  readonly updaterName: string | null;
  readonly updaterEmail: string | null;
  readonly applierName: string | null;
  readonly applierEmail: string | null;
}

function selectViews(db: Db) {
  return db
    .select({
      row: changeRequest,
      projectKey: project.key,
      projectName: project.name,
      creatorName: creator.name,
      creatorEmail: creator.email,
      updaterName: updater.name,
      updaterEmail: updater.email,
      applierName: applier.name,
      applierEmail: applier.email,
    })
    .from(changeRequest)
    .innerJoin(
      project,
      and(eq(project.orgId, changeRequest.orgId), eq(project.id, changeRequest.projectId)),
    )
    .leftJoin(creator, eq(creator.id, changeRequest.createdBy))
    .leftJoin(updater, eq(updater.id, changeRequest.updatedBy))
    .leftJoin(applier, eq(applier.id, changeRequest.appliedBy));
}

function requestCondition(orgId: string, projectId: string, id: string): SQL | undefined {
  return and(
    eq(changeRequest.orgId, orgId),
    eq(changeRequest.projectId, projectId),
    eq(changeRequest.id, id),
  );
}

export async function findChangeRequestView(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<ChangeRequestView | null> {
  const [view] = await selectViews(db).where(requestCondition(orgId, projectId, id));
  return view ?? null;
}

/** The row alone, locked until the transaction ends (for read-modify-write). */
export async function lockChangeRequest(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<ChangeRequestRow | null> {
  const [row] = await db
    .select()
    .from(changeRequest)
    .where(requestCondition(orgId, projectId, id))
    .for("update");
  return row ?? null;
}

/** The next number in the project; callers hold the project's row lock. */
export async function nextChangeNumber(db: Db, orgId: string, projectId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number | null>`max(${changeRequest.number})` })
    .from(changeRequest)
    .where(and(eq(changeRequest.orgId, orgId), eq(changeRequest.projectId, projectId)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertChangeRequest(db: Db, row: ChangeRequestInsert): Promise<void> {
  await db.insert(changeRequest).values(row);
}

/** Applies a patch only if the version is still `version`; false when someone got there first. */
export async function updateChangeRequest(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
  patch: Partial<ChangeRequestInsert>,
): Promise<boolean> {
  const rows = await db
    .update(changeRequest)
    .set({ ...patch, version: version + 1 })
    .where(and(requestCondition(orgId, projectId, id), eq(changeRequest.version, version)))
    .returning({ id: changeRequest.id });
  return rows.length > 0;
}

/**
 * One page of a project's change log, newest first, keyset-paginated on the request number
 * (unique in the project).
 */
export async function listChangeRequestViews(
  db: Db,
  orgId: string,
  projectId: string,
  statuses: readonly string[] | undefined,
  beforeNumber: number | null,
  limit: number,
): Promise<ChangeRequestView[]> {
  const conditions: (SQL | undefined)[] = [
    eq(changeRequest.orgId, orgId),
    eq(changeRequest.projectId, projectId),
  ];
  if (statuses?.length) conditions.push(inArray(changeRequest.status, [...statuses]));
  if (beforeNumber !== null) conditions.push(lt(changeRequest.number, beforeNumber));
  return selectViews(db)
    .where(and(...conditions))
    .orderBy(desc(changeRequest.number))
    .limit(limit);
}
