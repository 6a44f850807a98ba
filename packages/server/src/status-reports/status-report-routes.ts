import { Page } from "@orrery/contracts/common";
import {
  PortfolioStatusEntry,
  PortfolioStatusQuery,
  RagAssessment,
  StatusReport,
  StatusReportCreate,
  StatusReportListQuery,
  StatusReportReview,
  StatusReportUpdate,
} from "@orrery/contracts/status-reports";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { sendDownload } from "../http/download.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { portfolioStatus, portfolioStatusPdfFile } from "./portfolio-status-service.js";
import {
  createStatusReport,
  deleteStatusReport,
  getStatusReport,
  listStatusReports,
  previewRag,
  reviewStatusReport,
  statusReportPdfFile,
  submitStatusReport,
  updateStatusReport,
} from "./status-report-service.js";

const ReportParams = ProjectParams.extend({ reportId: z.string().describe("The report's id") });
const tags = ["status reports"];

/** Status reports per project under projects/{id}/status-reports, and the portfolio's status. */
export function statusReportRoutes(app: ApiApp, runtime: Runtime): void {
  const reports = "/api/v1/orgs/:org/projects/:id/status-reports";
  const report = `${reports}/:reportId`;

  app.get(
    reports,
    {
      config: { policy: "status_report.read" },
      schema: {
        tags,
        summary: "A project's status reports, newest first",
        params: ProjectParams,
        querystring: StatusReportListQuery,
        response: { 200: Page(StatusReport), ...problemResponses },
      },
    },
    async (request) =>
      listStatusReports(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.get(
    `/api/v1/orgs/:org/projects/:id/rag`,
    {
      config: { policy: "status_report.read" },
      schema: {
        tags,
        summary: "The colours the project's data gives now, each with its reasons and signals",
        params: ProjectParams,
        response: { 200: RagAssessment, ...problemResponses },
      },
    },
    async (request) => previewRag(orgCtx(request, runtime), request.params.id),
  );

  app.post(
    reports,
    {
      config: { policy: "status_report.write" },
      schema: {
        tags,
        summary: "Draft a status report; its colours are computed from the project's data",
        params: ProjectParams,
        body: StatusReportCreate,
        response: { 201: StatusReport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await createStatusReport(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      setETag(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    report,
    {
      config: { policy: "status_report.read" },
      schema: {
        tags,
        summary: "One status report",
        params: ReportParams,
        response: { 200: StatusReport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const found = await getStatusReport(
        orgCtx(request, runtime),
        request.params.id,
        request.params.reportId,
      );
      setETag(reply, found.version);
      return found;
    },
  );

  app.get(
    `${report}/pdf`,
    {
      config: { policy: "status_report.read" },
      schema: {
        tags,
        summary: "One status report as a PDF",
        params: ReportParams,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await statusReportPdfFile(
          orgCtx(request, runtime),
          request.params.id,
          request.params.reportId,
        ),
      ),
  );

  app.patch(
    report,
    {
      config: { policy: "status_report.write" },
      schema: {
        tags,
        summary: "Edit a draft or returned report (honours If-Match); colours are recomputed",
        params: ReportParams,
        body: StatusReportUpdate,
        response: { 200: StatusReport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, reportId } = request.params;
      const updated = await updateStatusReport(
        orgCtx(request, runtime),
        id,
        reportId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, updated.version);
      return updated;
    },
  );

  app.post(
    `${report}/submit`,
    {
      config: { policy: "status_report.write" },
      schema: {
        tags,
        summary: "Submit a draft or returned report to the PMO (honours If-Match)",
        params: ReportParams,
        response: { 200: StatusReport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, reportId } = request.params;
      const submitted = await submitStatusReport(
        orgCtx(request, runtime),
        id,
        reportId,
        expectedVersion(request),
      );
      setETag(reply, submitted.version);
      return submitted;
    },
  );

  app.post(
    `${report}/review`,
    {
      config: { policy: "status_report.review" },
      schema: {
        tags,
        summary: "Accept a submitted report or return it with a comment (honours If-Match)",
        params: ReportParams,
        body: StatusReportReview,
        response: { 200: StatusReport, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, reportId } = request.params;
      const reviewed = await reviewStatusReport(
        orgCtx(request, runtime),
        id,
        reportId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, reviewed.version);
      return reviewed;
    },
  );

  app.delete(
    report,
    {
      config: { policy: "status_report.write" },
      schema: {
        tags,
        summary: "Delete a draft (honours If-Match)",
        params: ReportParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, reportId } = request.params;
      await deleteStatusReport(orgCtx(request, runtime), id, reportId, expectedVersion(request));
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/v1/orgs/:org/status",
    {
      config: { policy: "status.list" },
      schema: {
        tags,
        summary: "Every live project I may read with its latest report, trend and what changed",
        params: OrgParams,
        querystring: PortfolioStatusQuery,
        response: { 200: Page(PortfolioStatusEntry), ...problemResponses },
      },
    },
    async (request) => portfolioStatus(orgCtx(request, runtime), request.query),
  );

  app.get(
    "/api/v1/orgs/:org/status/pdf",
    {
      config: { policy: "status.list" },
      schema: {
        tags,
        summary: "The portfolio's status (every project I may read) as a PDF",
        params: OrgParams,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      sendDownload(reply, await portfolioStatusPdfFile(orgCtx(request, runtime))),
  );
}
