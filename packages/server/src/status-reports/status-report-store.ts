import { and, desc, eq, inArray, lt, max, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type ProjectReader, readableProjects } from "../projects/readable-projects.js";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { project } from "../store/schema/project-tables.js";
import { statusReport } from "../store/schema/status-report-tables.js";

export type StatusReportRow = typeof statusReport.$inferSelect;
export type StatusReportInsert = typeof statusReport.$inferInsert;

const author = alias(user, "author");
const reviewer = alias(user, "reviewer");

/** A report with the names it refers to. */
export interface StatusReportView {
  readonly row: StatusReportRow;
  readonly projectKey: string;
  readonly projectName: string;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
  readonly reviewerName: string | null;
  readonly reviewerEmail: string | null;
}

function selectViews(db: Db) {
  return db
    .select({
      row: statusReport,
      projectKey: project.key,
      projectName: project.name,
      authorName: author.name,
      authorEmail: author.email,
      reviewerName: reviewer.name,
      reviewerEmail: reviewer.email,
    })
    .from(statusReport)
    .innerJoin(
      project,
      and(eq(project.orgId, statusReport.orgId), eq(project.id, statusReport.projectId)),
    )
    .leftJoin(author, eq(author.id, statusReport.authorId))
    .leftJoin(reviewer, eq(reviewer.id, statusReport.reviewerId));
}

function reportCondition(orgId: string, projectId: string, id: string): SQL | undefined {
  return and(
    eq(statusReport.orgId, orgId),
    eq(statusReport.projectId, projectId),
    eq(statusReport.id, id),
  );
}

export async function findStatusReportView(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<StatusReportView | null> {
  const [view] = await selectViews(db).where(reportCondition(orgId, projectId, id));
  return view ?? null;
}

/** A project's reports, newest number first, after the number a cursor carries. */
export async function listStatusReportViews(
  db: Db,
  orgId: string,
  projectId: string,
  beforeNumber: number | null,
  limit: number,
): Promise<StatusReportView[]> {
  return selectViews(db)
    .where(
      and(
        eq(statusReport.orgId, orgId),
        eq(statusReport.projectId, projectId),
        beforeNumber === null ? undefined : lt(statusReport.number, beforeNumber),
      ),
    )
    .orderBy(desc(statusReport.number))
    .limit(limit);
}

export async function lockStatusReport(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<StatusReportRow | null> {
  const [row] = await db
    .select()
    .from(statusReport)
    .where(reportCondition(orgId, projectId, id))
    .for("update");
  return row ?? null;
}

/** The next number in a project; callers hold the project's row lock. */
export async function nextStatusReportNumber(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<number> {
  const [row] = await db
    .select({ last: max(statusReport.number) })
    .from(statusReport)
    .where(and(eq(statusReport.orgId, orgId), eq(statusReport.projectId, projectId)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertStatusReport(db: Db, row: StatusReportInsert): Promise<void> {
  await db.insert(statusReport).values(row);
}

/** Applies a patch only at `version`; false when someone got there first. */
export async function updateStatusReport(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
  patch: Partial<StatusReportInsert>,
): Promise<boolean> {
  const rows = await db
    .update(statusReport)
    .set({ ...patch, version: version + 1 })
    .where(and(reportCondition(orgId, projectId, id), eq(statusReport.version, version)))
    .returning({ id: statusReport.id });
  return rows.length > 0;
}

export async function deleteStatusReport(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(statusReport)
    .where(and(reportCondition(orgId, projectId, id), eq(statusReport.version, version)))
    .returning({ id: statusReport.id });
  return rows.length > 0;
}

/** A live project the portfolio page lists. */
export interface PortfolioProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** Live projects the reader may see, by key, after the key a cursor carries. */
export async function listPortfolioProjects(
  db: Db,
  orgId: string,
  reader: ProjectReader,
  afterKey: string | null,
  limit: number,
): Promise<PortfolioProject[]> {
  return db
    .select({ id: project.id, key: project.key, name: project.name })
    .from(project)
    .where(
      and(
        eq(project.orgId, orgId),
        eq(project.archived, false),
        afterKey === null ? undefined : sql`${project.key} > ${afterKey}`,
        readableProjects(reader, project.orgId, project.id) ?? undefined,
      ),
    )
    .orderBy(project.key)
    .limit(limit);
}

/**
 * The latest `depth` submitted or reviewed reports of each project, latest first: what the
 * portfolio page shows (the latest, and the one before it for what changed). One query for the
 * whole page.
 */
export async function latestReportsOf(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
  depth: number,
): Promise<StatusReportView[]> {
  if (projectIds.length === 0) return [];
  const ranked = db
    .select({ id: statusReport.id, rank: rankInProject() })
    .from(statusReport)
    .where(reportedBy(orgId, projectIds))
    .as("ranked");
  return selectViews(db)
    .innerJoin(ranked, eq(ranked.id, statusReport.id))
    .where(and(eq(statusReport.orgId, orgId), sql`${ranked.rank} <= ${depth}`))
    .orderBy(statusReport.projectId, desc(statusReport.periodEnd), desc(statusReport.number));
}

/**
 * The overall colours of the latest `depth` submitted or reviewed reports of each project,
 * latest first: the portfolio page's trend. Only the colour column, so a long trend does not
 * read and parse every report's stored findings.
 */
export async function latestOverallColoursOf(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
  depth: number,
): Promise<{ projectId: string; rag: string }[]> {
  if (projectIds.length === 0) return [];
  const ranked = db
    .select({
      projectId: statusReport.projectId,
      rag: statusReport.overallRag,
      periodEnd: statusReport.periodEnd,
      number: statusReport.number,
      rank: rankInProject(),
    })
    .from(statusReport)
    .where(reportedBy(orgId, projectIds))
    .as("ranked");
  return db
    .select({ projectId: ranked.projectId, rag: ranked.rag })
    .from(ranked)
    .where(sql`${ranked.rank} <= ${depth}`)
    .orderBy(ranked.projectId, desc(ranked.periodEnd), desc(ranked.number));
}

/** A report's place among its project's, latest first (1 is the latest). */
function rankInProject() {
  return sql<number>`row_number() over (partition by ${statusReport.projectId}
    order by ${statusReport.periodEnd} desc, ${statusReport.number} desc)`.as("rank");
}

/** The submitted or reviewed reports of these projects: what the portfolio page shows. */
function reportedBy(orgId: string, projectIds: readonly string[]): SQL | undefined {
  return and(
    eq(statusReport.orgId, orgId),
    inArray(statusReport.projectId, [...projectIds]),
    inArray(statusReport.state, ["submitted", "accepted"]),
  );
}
