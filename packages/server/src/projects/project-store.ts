import { and, eq, or, type Placeholder, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { project, projectMember } from "../store/schema/project-tables.js";

export type ProjectRow = typeof project.$inferSelect;
export type ProjectInsert = typeof project.$inferInsert;

/**
 * A project with the people it names and the viewer's own role: everything its API shape is
 * made of, read by the single fetch (Drizzle) and by the list (a named statement) alike.
 */
export interface ProjectView {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly status: string;
  readonly archived: boolean;
  readonly methodology: string;
  readonly manager: Person | null;
  readonly sponsor: Person | null;
  /** `YYYY-MM-DD`. */
  readonly plannedStart: string | null;
  readonly plannedFinish: string | null;
  readonly budgetMinor: number | null;
  readonly budgetCurrency: string | null;
  readonly tags: string[];
  readonly myRole: string | null;
  readonly version: number;
  /** Instants as `toISOString` writes them. */
  readonly createdAt: string;
  readonly createdBy: Person | null;
  readonly updatedAt: string;
  readonly updatedBy: Person | null;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

const manager = alias(user, "manager");
const sponsor = alias(user, "sponsor");
const creator = alias(user, "creator");
const updater = alias(user, "updater");
const mine = alias(projectMember, "mine");

/** The columns of a `ProjectView`, shared by the single fetch and the list. */
export const projectViewColumns = {
  project,
  managerName: manager.name,
  managerEmail: manager.email,
  sponsorName: sponsor.name,
  sponsorEmail: sponsor.email,
  creatorName: creator.name,
  creatorEmail: creator.email,
  updaterName: updater.name,
  updaterEmail: updater.email,
  myRole: mine.role,
};

/** `from project` with the joins of a view: the people it names and the viewer's own role. */
export function selectProjectViews(db: Db, viewerId: string | Placeholder) {
  return db
    .select(projectViewColumns)
    .from(project)
    .leftJoin(manager, eq(manager.id, project.managerId))
    .leftJoin(sponsor, eq(sponsor.id, project.sponsorId))
    .leftJoin(creator, eq(creator.id, project.createdBy))
    .leftJoin(updater, eq(updater.id, project.updatedBy))
    .leftJoin(
      mine,
      and(eq(mine.orgId, project.orgId), eq(mine.projectId, project.id), eq(mine.userId, viewerId)),
    );
}

type ViewRow = {
  project: ProjectRow;
  managerName: string | null;
  managerEmail: string | null;
  sponsorName: string | null;
  sponsorEmail: string | null;
  creatorName: string | null;
  creatorEmail: string | null;
  updaterName: string | null;
  updaterEmail: string | null;
  myRole: string | null;
};

export function toView(row: ViewRow): ProjectView {
  const p = row.project;
  return {
    id: p.id,
    key: p.key,
    name: p.name,
    description: p.description,
    status: p.status,
    archived: p.archived,
    methodology: p.methodology,
    manager: person(p.managerId, row.managerName, row.managerEmail),
    sponsor: person(p.sponsorId, row.sponsorName, row.sponsorEmail),
    plannedStart: p.plannedStart,
    plannedFinish: p.plannedFinish,
    budgetMinor: p.budgetMinor,
    budgetCurrency: p.budgetCurrency,
    tags: p.tags,
    myRole: row.myRole,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    createdBy: person(p.createdBy, row.creatorName, row.creatorEmail),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: person(p.updatedBy, row.updaterName, row.updaterEmail),
  };
}

/** A person from a left join: null when any part is missing. */
export function person(
  id: string | null,
  name: string | null,
  email: string | null,
): Person | null {
  return id !== null && name !== null && email !== null ? { id, name, email } : null;
}

/** One project by id or by key, seen by `viewerId`; null when the organisation has no such. */
export async function findProjectView(
  db: Db,
  orgId: string,
  ref: ProjectRef,
  viewerId: string,
): Promise<ProjectView | null> {
  const [row] = await selectProjectViews(db, viewerId).where(
    and(eq(project.orgId, orgId), refCondition(ref)),
  );
  return row ? toView(row) : null;
}

export type ProjectRef = { readonly id: string } | { readonly key: string };

function refCondition(ref: ProjectRef) {
  return "id" in ref ? eq(project.id, ref.id) : eq(project.key, ref.key);
}

type ProjectAccess = { row: ProjectRow; myRole: string | null };

function selectProjectAccess(db: Db, orgId: string, ref: ProjectRef, viewerId: string) {
  return db
    .select({ row: project, myRole: mine.role })
    .from(project)
    .leftJoin(
      mine,
      and(eq(mine.orgId, project.orgId), eq(mine.projectId, project.id), eq(mine.userId, viewerId)),
    )
    .where(and(eq(project.orgId, orgId), refCondition(ref)));
}

/** The row with the viewer's project role. */
export async function findProjectAccess(
  db: Db,
  orgId: string,
  ref: ProjectRef,
  viewerId: string,
): Promise<ProjectAccess | null> {
  const [row] = await selectProjectAccess(db, orgId, ref, viewerId);
  return row ?? null;
}

/** The same, with the row locked until the transaction ends (for read-modify-write). */
export async function lockProject(
  db: Db,
  orgId: string,
  ref: ProjectRef,
  viewerId: string,
): Promise<ProjectAccess | null> {
  const [row] = await selectProjectAccess(db, orgId, ref, viewerId).for("update", { of: project });
  return row ?? null;
}

export async function insertProject(db: Db, row: ProjectInsert): Promise<void> {
  await db.insert(project).values(row);
}

/** Applies a patch only if the version is still `version`; false when someone got there first. */
export async function updateProject(
  db: Db,
  orgId: string,
  id: string,
  version: number,
  patch: Partial<ProjectInsert>,
): Promise<boolean> {
  const rows = await db
    .update(project)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(project.orgId, orgId), eq(project.id, id), eq(project.version, version)))
    .returning({ id: project.id });
  return rows.length > 0;
}

export async function deleteProject(
  db: Db,
  orgId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(project)
    .where(and(eq(project.orgId, orgId), eq(project.id, id), eq(project.version, version)))
    .returning({ id: project.id });
  return rows.length > 0;
}

/**
 * Before a member leaves the organisation: projects they manage or sponsor forget them (the
 * foreign keys would refuse the removal otherwise). Each such project gets a new version.
 */
export async function clearProjectPeople(
  db: Db,
  orgId: string,
  userId: string,
  at: Date,
  actorId: string,
): Promise<void> {
  await db
    .update(project)
    .set({
      managerId: sql`case when ${project.managerId} = ${userId} then null else ${project.managerId} end`,
      sponsorId: sql`case when ${project.sponsorId} = ${userId} then null else ${project.sponsorId} end`,
      version: sql`${project.version} + 1`,
      updatedAt: at,
      updatedBy: actorId,
    })
    .where(
      and(
        eq(project.orgId, orgId),
        or(eq(project.managerId, userId), eq(project.sponsorId, userId)),
      ),
    );
}
