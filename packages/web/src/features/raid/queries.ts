import { Page } from "@orrery/contracts/common";
import {
  RaidBulkResult,
  type RaidBulkUpdate,
  RaidItem,
  type RaidItemCreate,
  type RaidItemUpdate,
  type RaidSort,
  type RaidStatus,
  type RaidType,
  RiskHeatMap,
} from "@orrery/contracts/raid";
import {
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";

const RaidPage = Page(RaidItem);
const PAGE_SIZE = 100;

/** What a RAID table asks for: one project's log or the portfolio's, with its filters. */
export interface RaidListSearch {
  readonly projectId?: string;
  readonly type?: RaidType;
  readonly status?: readonly RaidStatus[];
  readonly q?: string;
  readonly category?: readonly string[];
  /** Only open items nobody has reviewed for `staleDays` days (the API's default when absent). */
  readonly stale?: boolean;
  readonly staleDays?: number;
  readonly sort: RaidSort;
}

const raidKeys = {
  all: (org: string) => ["orgs", org, "raid"] as const,
  list: (org: string, scope: string, search: RaidListSearch) =>
    [...raidKeys.all(org), "list", scope, search] as const,
  heatMap: (org: string, scope: string) => [...raidKeys.all(org), "heatmap", scope] as const,
};

function orgRaidPath(org: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/raid`;
}

function projectRaidPath(org: string, projectId: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}/raid`;
}

/** The project's log when the search names a project, otherwise the portfolio's. */
function listPath(org: string, search: RaidListSearch): string {
  return search.projectId ? projectRaidPath(org, search.projectId) : orgRaidPath(org);
}

/** The list's query string: only what is set, as the API reads it. */
export function raidListParams(search: RaidListSearch): Record<string, string> {
  const params: Record<string, string> = { sort: search.sort };
  if (search.type) params.type = search.type;
  if (search.status?.length) params.status = search.status.join(",");
  if (search.q?.trim()) params.q = search.q.trim();
  if (search.category?.length) params.category = search.category.join(",");
  if (search.stale) {
    params.stale = "true";
    if (search.staleDays !== undefined) params.staleDays = String(search.staleDays);
  }
  return params;
}

const firstPage: string | null = null;

export function raidListQuery(org: string, search: RaidListSearch) {
  return infiniteQueryOptions({
    queryKey: raidKeys.list(org, search.projectId ?? "portfolio", search),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(RaidPage, listPath(org, search), {
        query: { ...raidListParams(search), limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useRaidList(org: string, search: RaidListSearch) {
  return useInfiniteQuery({
    ...raidListQuery(org, search),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === org ? previous : undefined,
  });
}

/** Open threats on the 5×5 matrix: one project's, or the portfolio's when `projectId` is absent. */
export function heatMapQuery(org: string, projectId?: string) {
  return queryOptions({
    queryKey: raidKeys.heatMap(org, projectId ?? "portfolio"),
    queryFn: ({ signal }) =>
      fetchJson(
        RiskHeatMap,
        projectId ? `${projectRaidPath(org, projectId)}/heatmap` : `${orgRaidPath(org)}/heatmap`,
        { signal },
      ),
  });
}

export function useHeatMap(org: string, projectId?: string) {
  return useQuery(heatMapQuery(org, projectId));
}

/** The export link of a list, with its filters. */
export function raidExportHref(
  org: string,
  search: RaidListSearch,
  format: "csv" | "xlsx",
): string {
  const params = new URLSearchParams({ ...raidListParams(search), format });
  return `${listPath(org, search)}/export?${params.toString()}`;
}

/** Marks every cached RAID view of the organisation stale (after a change here or elsewhere). */
export function invalidateRaid(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: raidKeys.all(org) });
}

export interface RaidEdit {
  readonly item: RaidItem;
  readonly changes: RaidItemUpdate;
}

/** Recording, editing and deleting items of one project's log; each refreshes every RAID view. */
export function useRaidChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = projectRaidPath(org, projectId);
  const refresh = () => invalidateRaid(queryClient, org);
  const create = useMutation({
    mutationFn: (input: RaidItemCreate) =>
      fetchJson(RaidItem, path, { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ item, changes }: RaidEdit) =>
      fetchJson(RaidItem, `${path}/${item.id}`, {
        method: "PATCH",
        body: changes,
        ifMatch: item.version,
      }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (item: RaidItem) =>
      fetchNoContent(`${path}/${item.id}`, { method: "DELETE", ifMatch: item.version }),
    onSettled: refresh,
  });
  return { create, update, remove };
}

/**
 * One edit of many items (owner, status, category, due date, or just "reviewed"): of one
 * project's log when `projectId` is given, else across projects. All or nothing on the server.
 */
export function useRaidBulkEdit(org: string, projectId?: string) {
  const queryClient = useQueryClient();
  const path = `${projectId ? projectRaidPath(org, projectId) : orgRaidPath(org)}:bulk`;
  return useMutation({
    mutationFn: (input: RaidBulkUpdate) =>
      fetchJson(RaidBulkResult, path, { method: "POST", body: input }),
    onSettled: () => invalidateRaid(queryClient, org),
  });
}
