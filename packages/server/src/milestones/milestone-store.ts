import { and, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { type ProjectReader, readableProjects } from "../projects/readable-projects.js";
import type { Db } from "../store/database.js";
import { planBaseline, planTask } from "../store/schema/plan-tables.js";
import { project } from "../store/schema/project-tables.js";

/** Which milestones a timeline reads: finish dates in [from, to), one project or all readable. */
export interface MilestoneScope extends ProjectReader {
  readonly projectId?: string | undefined;
  /** Inclusive, `YYYY-MM-DD`. */
  readonly from?: string | undefined;
  /** Exclusive, `YYYY-MM-DD`. */
  readonly before?: string | undefined;
  readonly baseline: number;
  readonly openOnly: boolean;
}

/** Where the previous page ended, in the timeline's order (finish, project, task UID). */
export interface MilestonePosition {
  readonly finish: string;
  readonly projectId: string;
  readonly uid: number;
}

export interface MilestoneRow {
  readonly projectId: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly uid: number;
  readonly name: string;
  readonly wbs: string | null;
  readonly finish: string;
  readonly baselineFinish: string | null;
  readonly deadline: string | null;
  readonly percentComplete: number;
  readonly critical: boolean;
  readonly totalFloatMinutes: number | null;
}

/** Wall-clock text as the API writes it (`2027-03-01T08:00:00`), whatever the driver. */
function localDateTime(column: SQL | typeof planTask.finish): SQL<string> {
  return sql<string>`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS')`;
}

/**
 * Milestones of live projects in finish order. Inactive milestones and those never scheduled
 * are left out: they have no place on a timeline.
 */
export async function listMilestones(
  db: Db,
  orgId: string,
  scope: MilestoneScope,
  after: MilestonePosition | null,
  limit: number,
): Promise<MilestoneRow[]> {
  const finish = planTask.finish;
  const conditions: (SQL | undefined)[] = [
    eq(planTask.orgId, orgId),
    eq(planTask.milestone, true),
    eq(planTask.active, true),
    eq(project.archived, false),
    sql`${finish} is not null`,
    scope.projectId === undefined ? undefined : eq(planTask.projectId, scope.projectId),
    scope.from === undefined ? undefined : gte(finish, scope.from),
    scope.before === undefined ? undefined : lt(finish, scope.before),
    scope.openOnly ? lt(planTask.percentComplete, 100) : undefined,
    readableProjects(scope, planTask.orgId, planTask.projectId) ?? undefined,
    after === null
      ? undefined
      : sql`(${finish}, ${planTask.projectId}, ${planTask.uid}) >
          (${after.finish}::timestamp, ${after.projectId}::uuid, ${after.uid})`,
  ];
  return db
    .select({
      projectId: planTask.projectId,
      projectKey: project.key,
      projectName: project.name,
      uid: planTask.uid,
      name: planTask.name,
      wbs: planTask.wbs,
      finish: localDateTime(finish),
      baselineFinish: localDateTime(sql`${planBaseline.finish}`),
      deadline: localDateTime(sql`${planTask.deadline}`),
      percentComplete: planTask.percentComplete,
      critical: planTask.critical,
      totalFloatMinutes: planTask.totalFloatMinutes,
    })
    .from(planTask)
    .innerJoin(project, and(eq(project.orgId, planTask.orgId), eq(project.id, planTask.projectId)))
    .leftJoin(
      planBaseline,
      and(
        eq(planBaseline.orgId, planTask.orgId),
        eq(planBaseline.projectId, planTask.projectId),
        eq(planBaseline.number, scope.baseline),
        eq(planBaseline.taskUid, planTask.uid),
      ),
    )
    .where(and(...conditions))
    .orderBy(finish, planTask.projectId, planTask.uid)
    .limit(limit);
}
