import {
  ChangeRequest,
  type ChangeRequestApply,
  type ChangeRequestCreate,
  type ChangeRequestDecide,
  type ChangeRequestStatus,
} from "@orrery/contracts/change-requests";
import { Page } from "@orrery/contracts/common";
import {
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";
import { invalidatePlan } from "../plan/queries.js";

const RequestPage = Page(ChangeRequest);
const PAGE_SIZE = 50;

const changeKeys = {
  all: (org: string, projectId: string) =>
    ["orgs", org, "projects", projectId, "change-requests"] as const,
  list: (org: string, projectId: string, status: ChangeRequestStatus | null) =>
    [...changeKeys.all(org, projectId), "list", status ?? "all"] as const,
  one: (org: string, projectId: string, id: string) =>
    [...changeKeys.all(org, projectId), "one", id] as const,
};

function changesPath(org: string, projectId: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}/change-requests`;
}

const firstPage: string | null = null;

/** The project's change log, newest first, optionally of one status. */
export function changeLogQuery(org: string, projectId: string, status: ChangeRequestStatus | null) {
  return infiniteQueryOptions({
    queryKey: changeKeys.list(org, projectId, status),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(RequestPage, changesPath(org, projectId), {
        query: { limit: PAGE_SIZE, cursor: pageParam ?? undefined, status: status ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useChangeLog(org: string, projectId: string, status: ChangeRequestStatus | null) {
  return useInfiniteQuery(changeLogQuery(org, projectId, status));
}

/** One request; the server recomputes its impact when the plan moved on since. */
export function changeRequestQuery(org: string, projectId: string, id: string) {
  return queryOptions({
    queryKey: changeKeys.one(org, projectId, id),
    queryFn: ({ signal }) =>
      fetchJson(ChangeRequest, `${changesPath(org, projectId)}/${encodeURIComponent(id)}`, {
        signal,
      }),
  });
}

export function useChangeRequest(org: string, projectId: string, id: string | null) {
  return useQuery({
    ...changeRequestQuery(org, projectId, id ?? ""),
    enabled: id !== null,
  });
}

/** Marks the project's change log and requests stale (after a change here or elsewhere). */
export function invalidateChangeRequests(queryClient: QueryClient, org: string, projectId: string) {
  return queryClient.invalidateQueries({ queryKey: changeKeys.all(org, projectId) });
}

/** Raising, submitting, withdrawing, deciding and applying requests; each refreshes the log. */
export function useChangeRequestActions(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = changesPath(org, projectId);
  const refresh = () => invalidateChangeRequests(queryClient, org, projectId);
  const refreshAll = async () => {
    await refresh();
    await invalidatePlan(queryClient, org, projectId);
  };
  const create = useMutation({
    mutationFn: (input: ChangeRequestCreate) =>
      fetchJson(ChangeRequest, path, { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const move = useMutation({
    mutationFn: ({ request, to }: { request: ChangeRequest; to: "submit" | "withdraw" }) =>
      fetchJson(ChangeRequest, `${path}/${request.id}/${to}`, {
        method: "POST",
        ifMatch: request.version,
      }),
    onSettled: refresh,
  });
  const decide = useMutation({
    mutationFn: ({
      request,
      decision,
    }: {
      request: ChangeRequest;
      decision: ChangeRequestDecide;
    }) =>
      fetchJson(ChangeRequest, `${path}/${request.id}/decision`, {
        method: "POST",
        body: decision,
        ifMatch: request.version,
      }),
    onSettled: refreshAll,
  });
  const apply = useMutation({
    mutationFn: ({ request, body }: { request: ChangeRequest; body: ChangeRequestApply }) =>
      fetchJson(ChangeRequest, `${path}/${request.id}/apply`, {
        method: "POST",
        body,
        ifMatch: request.version,
      }),
    onSettled: refreshAll,
  });
  return { create, move, decide, apply };
}
