import type { Me } from "@orrery/contracts/account";
import type { Org } from "@orrery/contracts/orgs";
import type { ProjectRole } from "@orrery/contracts/roles";
import type { Action } from "@orrery/core/access/policy";
import { useParams } from "@tanstack/react-router";
import { useMe } from "../account/queries.js";
import { canIn, preferredOrg } from "./org-access.js";

export interface CurrentOrg {
  readonly me: Me;
  readonly org: Org;
  readonly can: (action: Action, projectRole?: ProjectRole | null) => boolean;
}

/** The organisation named by the URL (`/orgs/$org/…`), or the preferred one on other pages. */
export function useOptionalOrg(): CurrentOrg | null {
  const me = useMe();
  const params = useParams({ strict: false });
  const org =
    (params.org === undefined ? null : me.orgs.find((o) => o.slug === params.org)) ??
    preferredOrg(me);
  if (!org) return null;
  return { me, org, can: (action, projectRole = null) => canIn(me, org, action, projectRole) };
}

/** The organisation of an `/orgs/$org/…` page; that route refuses unknown slugs before render. */
export function useCurrentOrg(): CurrentOrg {
  const current = useOptionalOrg();
  if (!current) throw new Error("useCurrentOrg is used outside an organisation page");
  return current;
}
