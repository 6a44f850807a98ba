import { AccountReady, Invitation, InvitationAccept } from "@orrery/contracts/account";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

/**
 * The invitation behind an invite link: who is invited, to which organisation, as what. The
 * link's secret travels in a POST body, never in an API URL, so it stays out of access logs.
 */
export function invitationQuery(token: string) {
  return queryOptions({
    queryKey: ["invitations", token],
    queryFn: ({ signal }) =>
      fetchJson(Invitation, "/api/v1/invitations/lookup", {
        method: "POST",
        body: { token },
        signal,
      }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Accepting creates the account and signs the person in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationAccept) =>
      fetchJson(AccountReady, "/api/v1/invitations/accept", {
        method: "POST",
        body: InvitationAccept.parse(input),
      }),
    onSuccess: () => queryClient.clear(),
  });
}
