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
