import { Page } from "@orrery/contracts/common";
import { MyWorkTask } from "@orrery/contracts/my-work";
import { PlanChange, type TaskProgress } from "@orrery/contracts/plans";
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";
import { invalidatePlan, planPath } from "../plan/queries.js";

const MyWorkPage = Page(MyWorkTask);
const PAGE_SIZE = 200;

const myWorkKeys = {
  all: (org: string) => ["orgs", org, "my-work"] as const,
  list: (org: string, completedSince: string) => [...myWorkKeys.all(org), completedSince] as const,
};

/** The caller's assigned tasks, open ones first and due soonest first; done since a date. */
export function useMyWork(org: string, completedSince: string) {
  return useInfiniteQuery({
    queryKey: myWorkKeys.list(org, completedSince),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(MyWorkPage, `/api/v1/orgs/${encodeURIComponent(org)}/my-work`, {
        query: { completedSince, limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Any change to a plan can move, complete or reassign someone's task. */
export function invalidateMyWork(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: myWorkKeys.all(org) });
}

/** Records progress on one task as the version the person saw (a newer one is a 412). */
export function useRecordProgress(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, progress }: { task: MyWorkTask; progress: TaskProgress }) =>
      fetchJson(PlanChange, `${planPath(org, task.projectId)}/tasks/${task.uid}/progress`, {
        method: "PATCH",
        body: progress,
        ifMatch: task.version,
      }),
    onSettled: (_change, _error, { task }) => {
      void invalidateMyWork(queryClient, org);
      void invalidatePlan(queryClient, org, task.projectId);
    },
  });
}
