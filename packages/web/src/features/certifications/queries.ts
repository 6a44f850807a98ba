import {
  Certification,
  type CertificationCreate,
  type CertificationUpdate,
} from "@orrery/contracts/certifications";
import { Page } from "@orrery/contracts/common";
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";

const CertificationPage = Page(Certification);

export interface CertificationSearch {
  readonly q?: string;
  readonly expiringWithinDays?: number;
}

const keys = {
  all: (org: string) => ["orgs", org, "certifications"] as const,
  list: (org: string, search: CertificationSearch) => [...keys.all(org), search] as const,
};

const listPath = (org: string) => `/api/v1/orgs/${encodeURIComponent(org)}/certifications`;
const firstPage: string | null = null;

export function useCertifications(org: string, search: CertificationSearch) {
  return useInfiniteQuery({
    queryKey: keys.list(org, search),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(CertificationPage, listPath(org), {
        query: {
          limit: 200,
          cursor: pageParam ?? undefined,
          q: search.q?.trim() || undefined,
          expiringWithinDays: search.expiringWithinDays,
        },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === org ? previous : undefined,
  });
}

export function invalidateCertifications(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: keys.all(org) });
}

export function useCertificationChanges(org: string) {
  const queryClient = useQueryClient();
  const refresh = () => invalidateCertifications(queryClient, org);
  return {
    create: useMutation({
      mutationFn: (input: CertificationCreate) =>
        fetchJson(Certification, listPath(org), { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ record, changes }: { record: Certification; changes: CertificationUpdate }) =>
        fetchJson(Certification, `${listPath(org)}/${record.id}`, {
          method: "PATCH",
          body: changes,
          ifMatch: record.version,
        }),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (record: Certification) =>
        fetchNoContent(`${listPath(org)}/${record.id}`, {
          method: "DELETE",
          ifMatch: record.version,
        }),
      onSettled: refresh,
    }),
  };
}
