import { OrgRole } from "@orrery/contracts/roles";
import type { Actor, OrgMembership } from "../service/context.js";

/** An authenticated request: who, by which credential, and (for `/orgs/{org}/…`) where. */
export interface Caller {
  readonly actor: Actor;
  readonly kind: "session" | "token";
  readonly tokenId: string | null;
}

export interface RequestAuth {
  readonly caller: Caller;
  /** Set on routes under `/orgs/{org}` once the caller is known to be a member. */
  readonly membership: OrgMembership | null;
}

/** Narrows a role read from the database (a CHECK constraint keeps it in the set). */
export function isOrgRole(value: string): value is OrgRole {
  return OrgRole.safeParse(value).success;
}

/** A role column read back from the database; anything else means the data is damaged. */
export function readOrgRole(value: string): OrgRole {
  if (!isOrgRole(value))
    throw new Error(`unknown organisation role ${JSON.stringify(value)} in the database`);
  return value;
}
