import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { projectMember } from "../store/schema/project-tables.js";

export interface ProjectMemberRow {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly addedAt: Date;
  readonly version: number;
}

const columns = {
  userId: projectMember.userId,
  name: user.name,
  email: user.email,
  role: projectMember.role,
  addedAt: projectMember.addedAt,
  version: projectMember.version,
};

/** One membership, only while it is still at `version` (the optimistic-concurrency check). */
function atVersion(orgId: string, projectId: string, userId: string, version: number) {
  return and(
    ofProject(orgId, projectId),
    eq(projectMember.userId, userId),
    eq(projectMember.version, version),
  );
}

function ofProject(orgId: string, projectId: string) {
  return and(eq(projectMember.orgId, orgId), eq(projectMember.projectId, projectId));
}

export async function listProjectMembers(
  db: Db,
  orgId: string,
  projectId: string,
  after: { name: string; userId: string } | null,
  limit: number,
): Promise<ProjectMemberRow[]> {
  const where = [ofProject(orgId, projectId)];
  if (after) {
    where.push(
      or(gt(user.name, after.name), and(eq(user.name, after.name), gt(user.id, after.userId))),
    );
  }
  return db
    .select(columns)
    .from(projectMember)
    .innerJoin(user, eq(user.id, projectMember.userId))
    .where(and(...where))
    .orderBy(asc(user.name), asc(user.id))
    .limit(limit);
}

export async function findProjectMember(
  db: Db,
  orgId: string,
  projectId: string,
  userId: string,
): Promise<ProjectMemberRow | null> {
  const [row] = await db
    .select(columns)
    .from(projectMember)
    .innerJoin(user, eq(user.id, projectMember.userId))
    .where(and(ofProject(orgId, projectId), eq(projectMember.userId, userId)));
  return row ?? null;
}

/** Every member's user id, e.g. to tell them a project was deleted after the rows are gone. */
export async function projectMemberIds(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<string[]> {
  const rows = await db
    .select({ userId: projectMember.userId })
    .from(projectMember)
    .where(ofProject(orgId, projectId));
  return rows.map((r) => r.userId);
}

export async function insertProjectMember(
  db: Db,
  row: { orgId: string; projectId: string; userId: string; role: string; addedAt: Date },
): Promise<void> {
  await db.insert(projectMember).values(row);
}

/** Makes someone a manager of the project, whether or not they were a member before. */
export async function ensureProjectManager(
  db: Db,
  row: { orgId: string; projectId: string; userId: string; addedAt: Date },
): Promise<void> {
  await db
    .insert(projectMember)
    .values({ ...row, role: "manager" })
    .onConflictDoUpdate({
      target: [projectMember.orgId, projectMember.projectId, projectMember.userId],
      set: { role: "manager", version: sql`${projectMember.version} + 1` },
      setWhere: or(eq(projectMember.role, "member"), eq(projectMember.role, "viewer")),
    });
}

export async function updateProjectMemberRole(
  db: Db,
  orgId: string,
  projectId: string,
  userId: string,
  version: number,
  role: string,
): Promise<boolean> {
  const rows = await db
    .update(projectMember)
    .set({ role, version: version + 1 })
    .where(atVersion(orgId, projectId, userId, version))
    .returning({ userId: projectMember.userId });
  return rows.length > 0;
}

export async function deleteProjectMember(
  db: Db,
  orgId: string,
  projectId: string,
  userId: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(projectMember)
    .where(atVersion(orgId, projectId, userId, version))
    .returning({ userId: projectMember.userId });
  return rows.length > 0;
}
