import { Page } from "@orrery/contracts/common";
import {
  PortfolioStatusEntry,
  RagAssessment,
  StatusReport,
  type StatusReportCreate,
  type StatusReportReview,
  type StatusReportUpdate,
} from "@orrery/contracts/status-reports";
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";

const ReportPage = Page(StatusReport);
const StatusPage = Page(PortfolioStatusEntry);

const keys = {
  all: (org: string) => ["orgs", org, "status-reports"] as const,
  rag: (org: string, projectId: string) => [...keys.all(org), "rag", projectId] as const,
  list: (org: string, projectId: string) => [...keys.all(org), "list", projectId] as const,
  portfolio: (org: string) => [...keys.all(org), "portfolio"] as const,
};

const projectPath = (org: string, projectId: string) =>
  `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}`;
const firstPage: string | null = null;

/** The colours the project's data gives now. */
export function useRag(org: string, projectId: string) {
  return useQuery({
    queryKey: keys.rag(org, projectId),
    queryFn: ({ signal }) =>
      fetchJson(RagAssessment, `${projectPath(org, projectId)}/rag`, { signal }),
  });
}

export function useStatusReports(org: string, projectId: string) {
  return useInfiniteQuery({
    queryKey: keys.list(org, projectId),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(ReportPage, `${projectPath(org, projectId)}/status-reports`, {
        query: { limit: 50, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function usePortfolioStatus(org: string) {
  return useInfiniteQuery({
    queryKey: keys.portfolio(org),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(StatusPage, `/api/v1/orgs/${encodeURIComponent(org)}/status`, {
        query: { limit: 100, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Marks every status view of the organisation stale (after a change here or elsewhere). */
export function invalidateStatusReports(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: keys.all(org) });
}

/** Drafting, editing, submitting, reviewing and deleting a project's reports. */
export function useStatusReportChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = `${projectPath(org, projectId)}/status-reports`;
  const refresh = () => invalidateStatusReports(queryClient, org);
  const at = (report: StatusReport) => `${path}/${report.id}`;
  return {
    create: useMutation({
      mutationFn: (input: StatusReportCreate) =>
        fetchJson(StatusReport, path, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ report, changes }: { report: StatusReport; changes: StatusReportUpdate }) =>
        fetchJson(StatusReport, at(report), {
          method: "PATCH",
          body: changes,
          ifMatch: report.version,
        }),
      onSettled: refresh,
    }),
    submit: useMutation({
      mutationFn: (report: StatusReport) =>
        fetchJson(StatusReport, `${at(report)}/submit`, {
          method: "POST",
          body: {},
          ifMatch: report.version,
        }),
      onSettled: refresh,
    }),
    review: useMutation({
      mutationFn: ({ report, review }: { report: StatusReport; review: StatusReportReview }) =>
        fetchJson(StatusReport, `${at(report)}/review`, {
          method: "POST",
          body: review,
          ifMatch: report.version,
        }),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (report: StatusReport) =>
        fetchNoContent(at(report), { method: "DELETE", ifMatch: report.version }),
      onSettled: refresh,
    }),
  };
}
