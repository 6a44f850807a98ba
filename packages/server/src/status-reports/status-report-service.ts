import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import {
  type RagAssessment,
  type StatusReport,
  StatusReportCreate,
  StatusReportListQuery,
  StatusReportReview,
  StatusReportUpdate,
} from "@orrery/contracts/status-reports";
import { Conflict, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { computeRag } from "@orrery/core/governance/rag-rules";
import { type Overrides, reportedColours } from "@orrery/core/governance/reported-rag";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import type { DownloadFile } from "../http/download.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import { todayOf } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { reportingRulesOfProject } from "./reporting-rules.js";
import { statusReportPdf } from "./status-report-pdf.js";
import {
  assessmentOf,
  type StoredAssessment,
  storedOverrides,
  toStatusReport,
} from "./status-report-shape.js";
import {
  deleteStatusReport as deleteReportRow,
  findStatusReportView,
  insertStatusReport,
  listStatusReportViews,
  lockStatusReport,
  nextStatusReportNumber,
  type StatusReportRow,
  updateStatusReport as updateReportRow,
} from "./status-report-store.js";
import { gatherSignals } from "./status-signals.js";

// Status reports: a project manager drafts one, the colours are computed from the project's data
// by the rules of the template version the project follows (Orrery's defaults without one), the
// manager may override a colour with a justification, submits it, and the PMO accepts it or
// returns it.

const ReportId = z.uuid();
const Cursor = z.object({ number: z.number().int() });

async function assess(db: Db, ctx: OrgCtx, project: ProjectRow): Promise<StoredAssessment> {
  const signals = await gatherSignals(db, project, todayOf(ctx));
  const { ragRules } = await reportingRulesOfProject(db, ctx.org.orgId, project.id);
  const rag = computeRag(
    {
      ...signals,
      budget: signals.budgetMinor,
      costForecast: signals.costForecastMinor,
    },
    ragRules,
  );
  return assessmentOf(rag, signals);
}

async function readableProject(ctx: OrgCtx, idOrKey: string): Promise<ProjectRow> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, idOrKey);
  authorize(ctx, "status_report.read", myRole);
  return row;
}

/** The colours the project's data gives now, with their reasons: what a new report starts from. */
export async function previewRag(ctx: OrgCtx, idOrKey: string): Promise<RagAssessment> {
  const project = await readableProject(ctx, idOrKey);
  return { ...(await assess(ctx.db, ctx, project)), computedAt: ctx.now.toISOString() };
}

export async function listStatusReports(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<Page<StatusReport>> {
  const query = parseInput(StatusReportListQuery, raw);
  const project = await readableProject(ctx, idOrKey);
  const before = query.cursor ? decodeCursor(Cursor, query.cursor).number : null;
  const views = await listStatusReportViews(
    ctx.db,
    ctx.org.orgId,
    project.id,
    before,
    query.limit + 1,
  );
  return pageOf(views, query.limit, toStatusReport, (view) => ({ number: view.row.number }));
}

export async function getStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
): Promise<StatusReport> {
  const project = await readableProject(ctx, idOrKey);
  const view = ReportId.safeParse(reportId).success
    ? await findStatusReportView(ctx.db, ctx.org.orgId, project.id, reportId)
    : null;
  if (!view) throw new NotFound("status report", reportId);
  return toStatusReport(view);
}

/** One report as a PDF for the steering committee's pack. */
export async function statusReportPdfFile(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
): Promise<DownloadFile> {
  const report = await getStatusReport(ctx, idOrKey, reportId);
  return {
    bytes: await statusReportPdf(report),
    contentType: "application/pdf",
    fileName: `${report.project.key}-status-report-${report.number}.pdf`,
  };
}

/** A new draft, numbered next in the project, its colours computed from the data now. */
export async function createStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<StatusReport> {
  const input = parseInput(StatusReportCreate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
    authorize(ctx, "status_report.write", myRole);
    const computed = await assess(tx, ctx, project);
    const overrides = storedOverrides(input.overrides);
    const id = randomUUID();
    await insertStatusReport(tx, {
      orgId: ctx.org.orgId,
      id,
      projectId: project.id,
      number: await nextStatusReportNumber(tx, ctx.org.orgId, project.id),
      periodEnd: input.periodEnd,
      state: "draft",
      computed,
      overrides,
      overallRag: reportedColours(computed, overrides).overall.rag,
      summary: input.summary,
      achievements: input.achievements,
      nextSteps: input.nextSteps,
      decisionsNeeded: input.decisionsNeeded,
      authorId: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const report = await readBack(tx, ctx, project.id, id);
    await recordChange(ctx, change, "created", { before: null, after: report });
    return report;
  });
}

/** Edits a draft or a returned report; its colours are recomputed from the data as it stands. */
export async function updateStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<StatusReport> {
  const input = parseInput(StatusReportUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current, before } = await lockForWriting(
      tx,
      ctx,
      idOrKey,
      reportId,
      expectedVersion,
    );
    const computed = await assess(tx, ctx, project);
    const overrides = storedOverrides({ ...(current.overrides as Overrides), ...input.overrides });
    const { overrides: _overrides, ...fields } = input;
    return rewrite(
      tx,
      ctx,
      change,
      "updated",
      { current, before },
      {
        ...fields,
        computed,
        overrides,
        overallRag: reportedColours(computed, overrides).overall.rag,
        updatedAt: ctx.now,
      },
    );
  });
}

/** Submits a draft (or a returned report) to the PMO, with its colours computed once more. */
export async function submitStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
  expectedVersion: number | null,
): Promise<StatusReport> {
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current, before } = await lockForWriting(
      tx,
      ctx,
      idOrKey,
      reportId,
      expectedVersion,
    );
    const computed = await assess(tx, ctx, project);
    return rewrite(
      tx,
      ctx,
      change,
      "submitted",
      { current, before },
      {
        state: "submitted",
        computed,
        overallRag: reportedColours(computed, current.overrides as Overrides).overall.rag,
        submittedAt: ctx.now,
        reviewerId: null,
        reviewedAt: null,
        reviewComment: null,
        updatedAt: ctx.now,
      },
    );
  });
}

/** The PMO accepts a submitted report, or returns it to the manager with what to change. */
export async function reviewStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<StatusReport> {
  const review = parseInput(StatusReportReview, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project } = await findVisibleProject(tx, ctx, idOrKey);
    authorize(ctx, "status_report.review");
    const current = await lockReport(tx, ctx, project.id, reportId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("status report");
    if (current.state !== "submitted")
      throw new Conflict(`only a submitted report can be reviewed; this one is ${current.state}`);
    const before = await readBack(tx, ctx, project.id, current.id);
    return rewrite(
      tx,
      ctx,
      change,
      "reviewed",
      { current, before },
      {
        state: review.decision === "accept" ? "accepted" : "returned",
        reviewerId: ctx.actor.userId,
        reviewedAt: ctx.now,
        reviewComment: review.comment || null,
        updatedAt: ctx.now,
      },
    );
  });
}

/** Deletes a draft; submitted reports are history and stay. */
export async function deleteStatusReport(
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
  expectedVersion: number | null,
): Promise<void> {
  await runOrgMutation(ctx, async (tx, change) => {
    const { project, current, before } = await lockForWriting(
      tx,
      ctx,
      idOrKey,
      reportId,
      expectedVersion,
    );
    if (current.state !== "draft")
      throw new Conflict("only a draft can be deleted; a returned report is history");
    if (!(await deleteReportRow(tx, ctx.org.orgId, project.id, current.id, current.version)))
      throw new StaleWrite("status report");
    await recordChange(ctx, change, "deleted", { before, after: null });
  });
}

async function lockReport(
  tx: Db,
  ctx: OrgCtx,
  projectId: string,
  reportId: string,
): Promise<StatusReportRow> {
  const current = ReportId.safeParse(reportId).success
    ? await lockStatusReport(tx, ctx.org.orgId, projectId, reportId)
    : null;
  if (!current) throw new NotFound("status report", reportId);
  return current;
}

/**
 * The project (locked, checked for writing reports) and a report its manager may still change:
 * a draft, or one the PMO returned.
 */
async function lockForWriting(
  tx: Db,
  ctx: OrgCtx,
  idOrKey: string,
  reportId: string,
  expectedVersion: number | null,
): Promise<{ project: ProjectRow; current: StatusReportRow; before: StatusReport }> {
  const { row: project, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
  authorize(ctx, "status_report.write", myRole);
  const current = await lockReport(tx, ctx, project.id, reportId);
  if (expectedVersion !== null && expectedVersion !== current.version)
    throw new StaleWrite("status report");
  if (current.state !== "draft" && current.state !== "returned")
    throw new Conflict(`the report is ${current.state}; only drafts and returned reports change`);
  return { project, current, before: await readBack(tx, ctx, project.id, current.id) };
}

/** Writes a patch to the report at the version read, reads it back and records the change. */
async function rewrite(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  states: { readonly current: StatusReportRow; readonly before: StatusReport },
  patch: Parameters<typeof updateReportRow>[5],
): Promise<StatusReport> {
  const { current, before } = states;
  const written = await updateReportRow(
    tx,
    ctx.org.orgId,
    current.projectId,
    current.id,
    current.version,
    patch,
  );
  if (!written) throw new StaleWrite("status report");
  const after = await readBack(tx, ctx, current.projectId, current.id);
  await recordChange(ctx, change, what, { before, after });
  return after;
}

async function readBack(tx: Db, ctx: OrgCtx, projectId: string, id: string): Promise<StatusReport> {
  const view = await findStatusReportView(tx, ctx.org.orgId, projectId, id);
  if (!view) throw new Error(`status report ${id} vanished inside its own transaction`);
  return toStatusReport(view);
}

const CHANGES = {
  created: { action: "status_report.create", verb: "drafted" },
  updated: { action: "status_report.update", verb: "updated" },
  submitted: { action: "status_report.submit", verb: "submitted" },
  reviewed: { action: "status_report.review", verb: "reviewed" },
  deleted: { action: "status_report.delete", verb: "deleted" },
} as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  states: { before: StatusReport | null; after: StatusReport | null },
): Promise<void> {
  const report = states.after ?? states.before;
  if (!report) throw new Error("a status report change needs the report before or after it");
  await change.audit({
    action: CHANGES[what].action,
    entityType: "status_report",
    entityId: report.id,
    ...states,
  });
  change.emit(
    orgEvent(ctx, {
      type: `status_report.${what}`,
      entityType: "status_report",
      entityId: report.id,
      projectId: report.project.id,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} ${report.project.key} status report ${report.number} (${report.overall.rag})`,
      audience: { kind: "project", projectId: report.project.id },
    }),
  );
}
