import { Page } from "@orrery/contracts/common";
import { PortfolioMilestone } from "@orrery/contracts/milestones";
import { type QueryClient, useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

const MilestonePage = Page(PortfolioMilestone);
/** A timeline reads a window at once; most portfolios have far fewer milestones in one. */
const PAGE_SIZE = 500;

/** What the timeline shows: a window of finish dates (both ends included), a baseline. */
export interface MilestoneSearch {
  readonly from?: string;
  readonly to?: string;
  readonly baseline: number;
  readonly openOnly: boolean;
}

const milestoneKeys = {
  all: (org: string) => ["orgs", org, "milestones"] as const,
  list: (org: string, search: MilestoneSearch) => [...milestoneKeys.all(org), search] as const,
};

export function milestoneListParams(search: MilestoneSearch): Record<string, string> {
  const params: Record<string, string> = { baseline: String(search.baseline) };
  if (search.from) params.from = search.from;
  if (search.to) params.to = search.to;
  if (search.openOnly) params.open = "true";
  return params;
}

const firstPage: string | null = null;

export function useMilestones(org: string, search: MilestoneSearch) {
  return useInfiniteQuery({
    queryKey: milestoneKeys.list(org, search),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(MilestonePage, `/api/v1/orgs/${encodeURIComponent(org)}/milestones`, {
        query: { ...milestoneListParams(search), limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === org ? previous : undefined,
  });
}

/** Any plan change of any project can move a milestone on the timeline. */
export function invalidateMilestones(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: milestoneKeys.all(org) });
}
