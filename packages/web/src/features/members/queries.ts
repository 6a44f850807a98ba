import { Page } from "@orrery/contracts/common";
import { Member, type MemberAdd, MemberAdded } from "@orrery/contracts/orgs";
import type { OrgRole } from "@orrery/contracts/roles";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";

const MemberPage = Page(Member);

/** Members are few (people, not records), so pages are gathered up to this many. */
const MAX_MEMBERS = 5000;

const memberKeys = {
  all: (org: string) => ["orgs", org, "members"] as const,
};

function membersPath(org: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/members`;
}

/**
 * Every member of the organisation: the members page shows them all, and the manager, sponsor and
 * project-member pickers choose among them.
 */
export function membersQuery(org: string) {
  return queryOptions({
    queryKey: memberKeys.all(org),
    queryFn: async ({ signal }) => {
      const members: Member[] = [];
      let cursor: string | undefined;
      do {
        const page = await fetchJson(MemberPage, membersPath(org), {
          query: { limit: 500, cursor },
          signal,
        });
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && members.length < MAX_MEMBERS);
      return members;
    },
  });
}

export function useMembers(org: string) {
  return useQuery(membersQuery(org));
}

export function invalidateMembers(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: memberKeys.all(org) });
}

export function useInviteMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MemberAdd) =>
      fetchJson(MemberAdded, membersPath(org), { method: "POST", body: input }),
    onSuccess: () => invalidateMembers(queryClient, org),
  });
}

/** A new invitation link for a member who has not joined; the old link stops working. */
export function useReissueInvitation(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) =>
      fetchJson(
        MemberAdded,
        `${membersPath(org)}/${encodeURIComponent(member.userId)}/invitation`,
        { method: "POST" },
      ),
    onSettled: () => invalidateMembers(queryClient, org),
  });
}

export function useChangeMemberRole(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: OrgRole }) =>
      fetchJson(Member, `${membersPath(org)}/${encodeURIComponent(member.userId)}`, {
        method: "PATCH",
        body: { role },
        ifMatch: member.version,
      }),
    onSettled: () => invalidateMembers(queryClient, org),
  });
}

export function useRemoveMember(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) =>
      fetchNoContent(`${membersPath(org)}/${encodeURIComponent(member.userId)}`, {
        method: "DELETE",
        ifMatch: member.version,
      }),
    onSettled: () => invalidateMembers(queryClient, org),
  });
}
