import type { Member } from "@orrery/contracts/orgs";
import { readOrgRole } from "../auth/caller.js";
import type { MemberRow } from "./member-store.js";

export function toMember(row: MemberRow): Member {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: readOrgRole(row.role),
    joinedAt: row.joinedAt.toISOString(),
    invitedUntil: row.invitedUntil?.toISOString() ?? null,
    version: row.version,
  };
}
