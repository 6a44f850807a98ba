import { AccountReady, SetupComplete, SetupStatus } from "@orrery/contracts/account";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

/** Whether this Orrery still needs its first administrator (a fresh store). */
export function setupStatusQuery() {
  return queryOptions({
    queryKey: ["setup"],
    queryFn: ({ signal }) => fetchJson(SetupStatus, "/api/v1/setup", { signal }),
    staleTime: 60_000,
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupComplete) =>
      fetchJson(AccountReady, "/api/v1/setup", {
        method: "POST",
        body: SetupComplete.parse(input),
      }),
    // The server signed the new administrator in; everything cached predates them.
    onSuccess: () => queryClient.clear(),
  });
}
