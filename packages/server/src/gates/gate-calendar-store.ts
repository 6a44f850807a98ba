import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import {
  gateReview,
  lifecycleTemplateVersion,
  projectLifecycle,
} from "../store/schema/governance-tables.js";
import { project, projectMember } from "../store/schema/project-tables.js";

/** The last date any plan uses: gates without a date sort after every dated one. */
const NO_DATE = "2999-12-31";

export interface CalendarRow {
  readonly projectId: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly phase: number;
  readonly phaseName: string;
  readonly gateName: string;
  readonly reviewId: string | null;
  /** The review's due date, or the gate's planned date, or null. */
  readonly date: string | null;
  readonly sortDate: string;
}

export interface CalendarScope {
  readonly viewerId: string;
  readonly readsAll: boolean;
  readonly state?: "requested" | "upcoming" | "overdue" | undefined;
  readonly asOf: string;
}

/**
 * The next gate of every running lifecycle the viewer may read, whose gate is still to be
 * decided (open, requested or recycled), soonest first. The gate's names come from the project's
 * template version; its date from the pending review or the plan of gate dates.
 */
export async function listCalendarRows(
  db: Db,
  orgId: string,
  scope: CalendarScope,
  after: { date: string; projectId: string } | null,
  limit: number,
): Promise<CalendarRow[]> {
  const phaseJson = sql`${lifecycleTemplateVersion.content}->'phases'->${projectLifecycle.phase}`;
  const date = sql<
    string | null
  >`coalesce(${gateReview.dueDate}, (${projectLifecycle.gateDates}->>${projectLifecycle.phase})::date)::text`;
  const sortDate = sql<string>`coalesce(${date}, ${NO_DATE})`;
  const conditions: SQL[] = [
    eq(projectLifecycle.orgId, orgId),
    eq(projectLifecycle.status, "running"),
    eq(project.archived, false),
    sql`${projectLifecycle.gate} in ('open','requested','recycled')`,
  ];
  if (!scope.readsAll)
    conditions.push(
      sql`exists (select 1 from ${projectMember} where ${projectMember.orgId} = ${projectLifecycle.orgId}
        and ${projectMember.projectId} = ${projectLifecycle.projectId}
        and ${projectMember.userId} = ${scope.viewerId})`,
    );
  if (scope.state === "requested") conditions.push(sql`${gateReview.id} is not null`);
  if (scope.state === "upcoming") conditions.push(sql`${gateReview.id} is null`);
  if (scope.state === "overdue") conditions.push(sql`${date} < ${scope.asOf}`);
  if (after)
    conditions.push(
      sql`(${sortDate}, ${projectLifecycle.projectId}) > (${after.date}, ${after.projectId})`,
    );
  const rows = await db
    .select({
      projectId: project.id,
      projectKey: project.key,
      projectName: project.name,
      phase: projectLifecycle.phase,
      phaseName: sql<string>`${phaseJson}->>'name'`,
      gateName: sql<string>`${phaseJson}->'gate'->>'name'`,
      reviewId: gateReview.id,
      date,
      sortDate,
    })
    .from(projectLifecycle)
    .innerJoin(
      project,
      and(eq(project.orgId, projectLifecycle.orgId), eq(project.id, projectLifecycle.projectId)),
    )
    .innerJoin(
      lifecycleTemplateVersion,
      and(
        eq(lifecycleTemplateVersion.orgId, projectLifecycle.orgId),
        eq(lifecycleTemplateVersion.templateId, projectLifecycle.templateId),
        eq(lifecycleTemplateVersion.version, projectLifecycle.templateVersion),
      ),
    )
    .leftJoin(
      gateReview,
      and(
        eq(gateReview.orgId, projectLifecycle.orgId),
        eq(gateReview.projectId, projectLifecycle.projectId),
        eq(gateReview.state, "requested"),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(sortDate), asc(projectLifecycle.projectId))
    .limit(limit);
  return rows;
}
