import {
  Baseline,
  BaselineList,
  BaselineSummary,
  ImportResult,
  Link,
  PlanChange,
  type PlanUpdate,
  type TaskBatchOperation,
  type TaskCreate,
  TaskList,
  type TaskUpdate,
} from "@orrery/contracts/plans";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";
import { isNewerThan, linksAfterChange, tasksAfterChange } from "./plan-change.js";

const LinkList = z.object({ items: z.array(Link) });

const planKeys = {
  all: (org: string, projectId: string) => ["orgs", org, "projects", projectId, "plan"] as const,
};

export function planPath(org: string, projectId: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}`;
}

/** The plan's settings and every task with the dates the server's engine computed. */
export function tasksQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...planKeys.all(org, projectId), "tasks"],
    queryFn: ({ signal }) => fetchJson(TaskList, `${planPath(org, projectId)}/tasks`, { signal }),
  });
}

export function linksQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...planKeys.all(org, projectId), "links"],
    queryFn: ({ signal }) => fetchJson(LinkList, `${planPath(org, projectId)}/links`, { signal }),
  });
}

export function baselinesQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...planKeys.all(org, projectId), "baselines"],
    queryFn: ({ signal }) =>
      fetchJson(BaselineList, `${planPath(org, projectId)}/baselines`, { signal }),
  });
}

/** One baseline's dates per task; not fetched while `number` is null. */
export function useBaseline(org: string, projectId: string, number: number | null) {
  return useQuery({
    queryKey: [...planKeys.all(org, projectId), "baselines", number],
    queryFn: ({ signal }) =>
      fetchJson(Baseline, `${planPath(org, projectId)}/baselines/${number}`, { signal }),
    enabled: number !== null,
  });
}

/** Saves the current schedule as baseline `number` (0–10), or clears it. */
export function useBaselineChange(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ number, clear }: { number: number; clear: boolean }) => {
      const path = `${planPath(org, projectId)}/baselines/${number}`;
      if (clear) {
        await fetchNoContent(path, { method: "DELETE" });
        return null;
      }
      return fetchJson(BaselineSummary, path, { method: "PUT" });
    },
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}

export function usePlan(org: string, projectId: string) {
  const tasks = useQuery(tasksQuery(org, projectId));
  const links = useQuery(linksQuery(org, projectId));
  return { tasks, links };
}

export function invalidatePlan(queryClient: QueryClient, org: string, projectId: string) {
  return queryClient.invalidateQueries({ queryKey: planKeys.all(org, projectId) });
}

/**
 * Shows a write's answer at once: it carries every task the reschedule moved, so the chart
 * repaints without waiting for the whole plan (ten thousand tasks take seconds to refetch).
 * The refetch that follows still catches what other people changed meanwhile.
 */
function applyPlanChange(
  queryClient: QueryClient,
  org: string,
  projectId: string,
  change: PlanChange,
) {
  const tasksKey = tasksQuery(org, projectId).queryKey;
  const tasks = queryClient.getQueryData(tasksKey);
  if (!tasks || isNewerThan(tasks, change)) return;
  queryClient.setQueryData(tasksKey, tasksAfterChange(tasks, change));
  queryClient.setQueryData(linksQuery(org, projectId).queryKey, (links) =>
    links ? linksAfterChange(links, change) : links,
  );
}

/** Uploads a project file: a preview when `dryRun`, otherwise the import that replaces the plan. */
export function useImportPlan(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return fetchJson(ImportResult, `${planPath(org, projectId)}/import`, {
        method: "POST",
        body: form,
        query: { dryRun: String(dryRun) },
      });
    },
    onSuccess: (result) => {
      if (!result.dryRun) void invalidatePlan(queryClient, org, projectId);
    },
  });
}

/** Adds a task at the end of the outline. */
export function useCreateTask(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: TaskCreate) =>
      fetchJson(PlanChange, `${planPath(org, projectId)}/tasks`, { method: "POST", body: task }),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}

/** Changes the plan's schedule settings (start, status date, constraint rule); reschedules. */
export function useUpdatePlan(org: string, projectId: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: PlanUpdate) =>
      fetchJson(PlanChange, `${planPath(org, projectId)}/plan`, {
        method: "PATCH",
        body: patch,
        ifMatch: version,
      }),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}

/** Applies operations in order, in one transaction with one reschedule; one bad one refuses all. */
export function useTaskBatch(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (operations: TaskBatchOperation[]) =>
      fetchJson(PlanChange, `${planPath(org, projectId)}/tasks:batch`, {
        method: "POST",
        body: { operations },
      }),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}

/** Changes one task; the answer carries every task the reschedule moved. */
export function useUpdateTask(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ uid, version, patch }: { uid: number; version: number; patch: TaskUpdate }) =>
      fetchJson(PlanChange, `${planPath(org, projectId)}/tasks/${uid}`, {
        method: "PATCH",
        body: patch,
        ifMatch: version,
      }),
    onSuccess: (change) => applyPlanChange(queryClient, org, projectId, change),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}
