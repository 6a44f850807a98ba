import type { Me } from "@orrery/contracts/account";
import type { Org } from "@orrery/contracts/orgs";
import type { ProjectRole } from "@orrery/contracts/roles";
import {
  type AccountAction,
  type Action,
  isAllowed,
  isAllowedOnAccount,
} from "@orrery/core/access/policy";

/**
 * Whether the caller may do `action` in `org` (on a project where they hold `projectRole`).
 * The UI hides what this refuses; the server checks the same policy and has the last word.
 */
export function canIn(
  me: Me,
  org: Org,
  action: Action,
  projectRole: ProjectRole | null = null,
): boolean {
  return isAllowed({ orgRole: org.role, projectRole, scope: me.auth.scope }, action);
}

/** Whether the caller may act on their own account (create an organisation, manage tokens). */
export function canOnAccount(me: Me, action: AccountAction): boolean {
  return isAllowedOnAccount(me.auth.scope, action);
}

const LAST_ORG_KEY = "orrery-last-org";

/** Remembers the organisation last opened, so the next visit starts there. */
export function rememberOrg(slug: string): void {
  try {
    window.localStorage.setItem(LAST_ORG_KEY, slug);
  } catch {
    // Private browsing may refuse storage; starting in the first organisation is fine then.
  }
}

/** The organisation to open when the URL names none: the last one used, else the first. */
export function preferredOrg(me: Me): Org | null {
  let last: string | null = null;
  try {
    last = window.localStorage.getItem(LAST_ORG_KEY);
  } catch {
    last = null;
  }
  return me.orgs.find((org) => org.slug === last) ?? me.orgs[0] ?? null;
}
