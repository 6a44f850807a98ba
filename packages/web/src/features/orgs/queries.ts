import { Org, type OrgCreate } from "@orrery/contracts/orgs";
import { useMutation } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";
import { useRefreshMe } from "../account/queries.js";

/** Creates an organisation; the caller becomes its administrator. */
export function useCreateOrg() {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (input: OrgCreate) =>
      fetchJson(Org, "/api/v1/orgs", { method: "POST", body: input }),
    onSuccess: () => refreshMe(),
  });
}

/** Renames the organisation, refused with 412 if someone renamed it since it was read. */
export function useRenameOrg(org: Org) {
  const refreshMe = useRefreshMe();
  return useMutation({
    mutationFn: (name: string) =>
      fetchJson(Org, `/api/v1/orgs/${encodeURIComponent(org.slug)}`, {
        method: "PATCH",
        body: { name },
        ifMatch: org.version,
      }),
    onSettled: () => refreshMe(),
  });
}
