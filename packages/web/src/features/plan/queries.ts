import {
  Baseline,
  BaselineComparison,
  BaselineList,
  type BaselineSide,
  BaselineSummary,
  ImportResult,
  Link,
  PlanChange,
  type PlanUpdate,
  type TaskBatchOperation,
  type TaskCreate,
  TaskList,
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
import { problemStatus } from "../../api/api-problem.js";
import { afterPaint } from "./after-paint.js";
import { plainTask } from "./plain-task.js";
import { isNewerThan, linksAfterChange, sharedTaskList, tasksAfterChange } from "./plan-change.js";

const LinkList = z.object({ items: z.array(Link) });

export const planKeys = {
  all: (org: string, projectId: string) => ["orgs", org, "projects", projectId, "plan"] as const,
};

export function planPath(org: string, projectId: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}`;
}

/** The plan's settings and every task with the dates the server's engine computed. */
export function tasksQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...planKeys.all(org, projectId), "tasks"],
    queryFn: async ({ signal }): Promise<TaskList> => {
      const list = await fetchJson(TaskList, `${planPath(org, projectId)}/tasks`, { signal });
      return { plan: list.plan, items: list.items.map(plainTask) };
    },
    structuralSharing: (cached, next) =>
      sharedTaskList(cached as TaskList | undefined, next as TaskList),
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

/**
 * Two baselines (or one and `current`) side by side with each task's variance, which the server
 * counts in working time on the task's calendar; not fetched while either side is null.
 */
export function useBaselineComparison(
  org: string,
  projectId: string,
  a: BaselineSide | null,
  b: BaselineSide | null,
) {
  return useQuery({
    queryKey: [...planKeys.all(org, projectId), "baselines", "compare", a, b],
    queryFn: ({ signal }) =>
      fetchJson(BaselineComparison, `${planPath(org, projectId)}/baselines/compare`, {
        signal,
        query: { a: String(a), b: String(b) },
      }),
    enabled: a !== null && b !== null,
  });
}

function baselinePath(org: string, projectId: string, number: number): string {
  return `${planPath(org, projectId)}/baselines/${number}`;
}

/** What baseline `number` holds, or null when it is not set. */
export async function fetchBaselineItems(
  org: string,
  projectId: string,
  number: number,
): Promise<Baseline["items"] | null> {
  try {
    return (await fetchJson(Baseline, baselinePath(org, projectId, number))).items;
  } catch (error) {
    if (problemStatus(error) === 404) return null;
    throw error;
  }
}

/** Saves the current schedule as baseline `number` (0–10). */
export function setBaselineFromSchedule(org: string, projectId: string, number: number) {
  return fetchJson(BaselineSummary, baselinePath(org, projectId, number), { method: "PUT" });
}

/** Stores `items` as baseline `number` (what it held before: undo), or clears it when null. */
export async function restoreBaseline(
  org: string,
  projectId: string,
  number: number,
  items: Baseline["items"] | null,
): Promise<void> {
  const path = baselinePath(org, projectId, number);
  if (items === null) await fetchNoContent(path, { method: "DELETE" });
  else await fetchJson(BaselineSummary, path, { method: "PUT", body: { items } });
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
 * Refetches the plan after someone's edit of it, unless the cache shows the version that edit
 * made, or a later one: the editor's own page applied the edit's answer already. An edit by
 * someone else that the answer's version passed is still caught, by the refetch that follows
 * each write (`sendPlanEdit`).
 */
export function invalidatePlanBefore(
  queryClient: QueryClient,
  org: string,
  projectId: string,
  version: number | null,
) {
  const shown = queryClient.getQueryData(tasksQuery(org, projectId).queryKey)?.plan.version;
  if (version !== null && shown !== undefined && shown >= version) return;
  return invalidatePlan(queryClient, org, projectId);
}

/**
 * Shows a write's answer at once: it carries every task the reschedule moved, so the chart
 * repaints without waiting for the whole plan (ten thousand tasks take seconds to refetch).
 * The refetch that follows still catches what other people changed meanwhile.
 */
export function applyPlanChange(
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

/** Adds a task at the end of the outline; the answer lists it with every task that moved. */
export function createTask(org: string, projectId: string, task: TaskCreate): Promise<PlanChange> {
  return fetchJson(PlanChange, `${planPath(org, projectId)}/tasks`, { method: "POST", body: task });
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

/** The plan as this page last had it from the server, or null before it loaded. */
export function cachedPlan(
  queryClient: QueryClient,
  org: string,
  projectId: string,
): { tasks: TaskList; links: { items: Link[] } } | null {
  const tasks = queryClient.getQueryData(tasksQuery(org, projectId).queryKey);
  const links = queryClient.getQueryData(linksQuery(org, projectId).queryKey);
  return tasks && links ? { tasks, links } : null;
}

/**
 * Sends edits of the plan and shows the answer at once. A lone task change goes as PATCH with
 * If-Match, so the audit log keeps that task's before and after; anything else is one
 * `tasks:batch` (one transaction, one reschedule), where each operation's `version` does what
 * If-Match does: a stale one refuses the batch with 412.
 */
export async function sendPlanEdit(
  queryClient: QueryClient,
  org: string,
  projectId: string,
  operations: readonly TaskBatchOperation[],
): Promise<PlanChange> {
  const [only] = operations;
  try {
    const change =
      operations.length === 1 && only?.op === "update"
        ? await fetchJson(PlanChange, `${planPath(org, projectId)}/tasks/${only.uid}`, {
            method: "PATCH",
            body: only.patch,
            ifMatch: only.version,
          })
        : await fetchJson(PlanChange, `${planPath(org, projectId)}/tasks:batch`, {
            method: "POST",
            body: { operations },
          });
    applyPlanChange(queryClient, org, projectId, change);
    return change;
  } finally {
    // The answer is shown first: starting the refetch costs a large plan's repaint milliseconds.
    void afterPaint().then(() => invalidatePlan(queryClient, org, projectId));
  }
}
