import { AuditEntry } from "@orrery/contracts/audit";
import { Page } from "@orrery/contracts/common";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

const AuditPage = Page(AuditEntry);

export interface AuditFilters {
  readonly entityType?: string | undefined;
  readonly actorId?: string | undefined;
}

const firstPage: string | null = null;

/** The organisation's audit log, newest first, one page after another. */
export function auditQuery(org: string, filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["orgs", org, "audit", filters],
    queryFn: ({ pageParam, signal }) =>
      fetchJson(AuditPage, `/api/v1/orgs/${encodeURIComponent(org)}/audit`, {
        query: { ...filters, limit: 50, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
    // Every change anywhere adds entries; opening the log always shows the latest.
    staleTime: 0,
  });
}

export function useAuditLog(org: string, filters: AuditFilters) {
  return useInfiniteQuery({ ...auditQuery(org, filters), placeholderData: (previous) => previous });
}
