import { PAGE_LIMIT_MAX, type Page } from "@orrery/contracts/common";
import {
  type PortfolioStatusEntry,
  PortfolioStatusQuery,
  Rag,
  type StatusReport,
} from "@orrery/contracts/status-reports";
import { readsAllProjects } from "@orrery/core/access/policy";
import { changedColours, nextReportDue } from "@orrery/core/governance/reported-rag";
import { z } from "zod";
import type { DownloadFile } from "../http/download.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import { todayOf } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { DEFAULT_REPORTING_RULES, reportingRulesOf } from "./reporting-rules.js";
import { portfolioStatusPdf } from "./status-report-pdf.js";
import { toStatusReport } from "./status-report-shape.js";
import {
  latestOverallColoursOf,
  latestReportsOf,
  listPortfolioProjects,
} from "./status-report-store.js";

const Cursor = z.object({ key: z.string() });
/** Reports a trend shows. */
const TREND = 8;

/**
 * Every live project the caller may read, by key, with its latest submitted report, the trend
 * of its overall colour, what changed since the report before, and whether the next is overdue
 * on the cadence of the template version it follows (weekly without one).
 */
export async function portfolioStatus(
  ctx: OrgCtx,
  raw: unknown,
): Promise<Page<PortfolioStatusEntry>> {
  const query = parseInput(PortfolioStatusQuery, raw);
  authorize(ctx, "status.list");
  const after = query.cursor ? decodeCursor(Cursor, query.cursor).key : null;
  const reader = { viewerId: ctx.actor.userId, readsAll: readsAllProjects(ctx.org.role) };
  const projects = await listPortfolioProjects(
    ctx.db,
    ctx.org.orgId,
    reader,
    after,
    query.limit + 1,
  );
  const shown = projects.slice(0, query.limit).map((p) => p.id);
  // Whole reports only for the latest two (shown, and compared for what changed); the trend
  // needs just the colours. Both grouped by project once, not searched per project.
  const reports = groupBy(
    (await latestReportsOf(ctx.db, ctx.org.orgId, shown, 2)).map(toStatusReport),
    (report: StatusReport) => report.project.id,
  );
  const trends = groupBy(
    await latestOverallColoursOf(ctx.db, ctx.org.orgId, shown, TREND),
    (row) => row.projectId,
  );
  const rules = await reportingRulesOf(ctx.db, ctx.org.orgId, shown);
  const today = todayOf(ctx);
  return pageOf(
    projects,
    query.limit,
    (project): PortfolioStatusEntry => {
      const [latest, previous] = reports.get(project.id) ?? [];
      const { due, overdue } = nextReportDue(
        latest?.periodEnd ?? null,
        (rules.get(project.id) ?? DEFAULT_REPORTING_RULES).reportCadence,
        today,
      );
      return {
        project,
        latest: latest ?? null,
        previousOverall: previous?.overall.rag ?? null,
        changed: latest && previous ? changedColours(latest, previous) : [],
        trend: (trends.get(project.id) ?? []).map((row) => Rag.parse(row.rag)).reverse(),
        nextDue: due,
        overdue,
      };
    },
    (project) => ({ key: project.key }),
  );
}

/** The whole portfolio's page as a PDF: every project the caller may read, page after page. */
export async function portfolioStatusPdfFile(ctx: OrgCtx): Promise<DownloadFile> {
  const entries: PortfolioStatusEntry[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await portfolioStatus(ctx, {
      limit: PAGE_LIMIT_MAX,
      ...(cursor ? { cursor } : {}),
    });
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const today = todayOf(ctx);
  return {
    bytes: await portfolioStatusPdf(ctx.org.name, today, entries),
    contentType: "application/pdf",
    fileName: `${ctx.org.slug}-portfolio-status-${today}.pdf`,
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
