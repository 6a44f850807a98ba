import { and, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { type ProjectReader, readableProjects } from "../projects/readable-projects.js";
import type { Db } from "../store/database.js";
import { plan, planAssignment, planResource, planTask } from "../store/schema/plan-tables.js";
import { project } from "../store/schema/project-tables.js";
import { wallClockText } from "../store/wall-clock-text.js";

/** Whose work, and how far back complete tasks are still listed. */
export interface WorkScope extends ProjectReader {
  /** Inclusive, `YYYY-MM-DD`; absent: every complete task. */
  readonly completedSince?: string | undefined;
}

/** Where the previous page ended: open before complete, then finish, project, task UID. */
export interface WorkPosition {
  readonly done: boolean;
  readonly finish: string;
  readonly projectId: string;
  readonly uid: number;
}

export interface WorkRow {
  readonly projectId: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly uid: number;
  readonly name: string;
  readonly wbs: string | null;
  readonly milestone: boolean;
  readonly start: string | null;
  readonly finish: string;
  readonly durationMinutes: number;
  readonly percentComplete: number;
  readonly actualStart: string | null;
  readonly actualFinish: string | null;
  readonly remainingDurationMinutes: number | null;
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  readonly statusDate: string | null;
  readonly version: number;
  readonly done: boolean;
}

/**
 * The active tasks of live projects assigned to the viewer through a resource mapped to them,
 * open ones first, each part in finish order. A task with two of the viewer's resources is
 * listed once.
 */
export async function listAssignedWork(
  db: Db,
  orgId: string,
  scope: WorkScope,
  after: WorkPosition | null,
  limit: number,
): Promise<WorkRow[]> {
  const finish = planTask.finish;
  const done = sql<boolean>`(${planTask.percentComplete} >= 100)`;
  const assigned = sql`exists (select 1 from ${planAssignment} join ${planResource}
    on ${planResource.orgId} = ${planAssignment.orgId}
    and ${planResource.projectId} = ${planAssignment.projectId}
    and ${planResource.uid} = ${planAssignment.resourceUid}
    where ${planAssignment.orgId} = ${planTask.orgId}
    and ${planAssignment.projectId} = ${planTask.projectId}
    and ${planAssignment.taskUid} = ${planTask.uid}
    and ${planResource.userId} = ${scope.viewerId})`;
  const conditions: (SQL | undefined)[] = [
    eq(planTask.orgId, orgId),
    eq(planTask.active, true),
    eq(project.archived, false),
    sql`${finish} is not null`,
    assigned,
    readableProjects(scope, planTask.orgId, planTask.projectId) ?? undefined,
    scope.completedSince === undefined
      ? undefined
      : or(
          lt(planTask.percentComplete, 100),
          gte(sql`coalesce(${planTask.actualFinish}, ${finish})`, scope.completedSince),
        ),
    after === null
      ? undefined
      : sql`(${done}, ${finish}, ${planTask.projectId}, ${planTask.uid}) >
          (${after.done}, ${after.finish}::timestamp, ${after.projectId}::uuid, ${after.uid})`,
  ];
  return db
    .select({
      projectId: planTask.projectId,
      projectKey: project.key,
      projectName: project.name,
      uid: planTask.uid,
      name: planTask.name,
      wbs: planTask.wbs,
      milestone: planTask.milestone,
      start: wallClockText(planTask.start),
      finish: wallClockText(finish),
      durationMinutes: planTask.durationMinutes,
      percentComplete: planTask.percentComplete,
      actualStart: wallClockText(planTask.actualStart),
      actualFinish: wallClockText(planTask.actualFinish),
      remainingDurationMinutes: planTask.remainingDurationMinutes,
      minutesPerDay: plan.minutesPerDay,
      minutesPerWeek: plan.minutesPerWeek,
      statusDate: wallClockText(plan.statusDate),
      version: planTask.version,
      done,
    })
    .from(planTask)
    .innerJoin(project, and(eq(project.orgId, planTask.orgId), eq(project.id, planTask.projectId)))
    .innerJoin(plan, and(eq(plan.orgId, planTask.orgId), eq(plan.projectId, planTask.projectId)))
    .where(and(...conditions))
    .orderBy(done, finish, planTask.projectId, planTask.uid)
    .limit(limit);
}
