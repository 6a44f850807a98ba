import { type ComplianceKind, ComplianceReport } from "@orrery/contracts/compliance";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

const complianceKeys = {
  all: (org: string) => ["orgs", org, "compliance"] as const,
  report: (org: string, kind: ComplianceKind | null) =>
    [...complianceKeys.all(org), kind ?? "all"] as const,
};

export function complianceQuery(org: string, kind: ComplianceKind | null) {
  return queryOptions({
    queryKey: complianceKeys.report(org, kind),
    queryFn: ({ signal }) =>
      fetchJson(ComplianceReport, `/api/v1/orgs/${encodeURIComponent(org)}/compliance`, {
        query: { kind: kind ?? undefined },
        signal,
      }),
  });
}

export function useCompliance(org: string, kind: ComplianceKind | null) {
  return useQuery(complianceQuery(org, kind));
}

export function invalidateCompliance(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: complianceKeys.all(org) });
}
