import { and, eq, inArray, isNotNull, max } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { org } from "../store/schema/org-tables.js";
import { project } from "../store/schema/project-tables.js";
import { statusReport } from "../store/schema/status-report-tables.js";

export interface ReportingProject {
  readonly orgId: string;
  readonly orgSlug: string;
  readonly projectId: string;
  readonly key: string;
  readonly name: string;
  readonly managerId: string;
  /** The period end of its latest submitted or accepted report. */
  readonly latestPeriodEnd: string;
}

/**
 * Active projects of every organisation that have a manager and have reported at least once,
 * with their latest reported period: what the overdue sweep checks. Across organisations on
 * purpose (a server job, not a request); each row carries its organisation.
 */
export async function listReportingProjects(db: Db): Promise<ReportingProject[]> {
  const latest = max(statusReport.periodEnd);
  const rows = await db
    .select({
      orgId: project.orgId,
      orgSlug: org.slug,
      projectId: project.id,
      key: project.key,
      name: project.name,
      managerId: project.managerId,
      latestPeriodEnd: latest,
    })
    .from(project)
    .innerJoin(org, eq(org.id, project.orgId))
    .innerJoin(
      statusReport,
      and(
        eq(statusReport.orgId, project.orgId),
        eq(statusReport.projectId, project.id),
        inArray(statusReport.state, ["submitted", "accepted"]),
      ),
    )
    .where(
      and(eq(project.archived, false), eq(project.status, "active"), isNotNull(project.managerId)),
    )
    .groupBy(project.orgId, org.slug, project.id, project.key, project.name, project.managerId);
  return rows.flatMap((r) =>
    r.managerId !== null && r.latestPeriodEnd !== null
      ? [{ ...r, managerId: r.managerId, latestPeriodEnd: r.latestPeriodEnd }]
      : [],
  );
}
