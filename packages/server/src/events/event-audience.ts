import { readsAllProjects } from "@orrery/core/access/policy";
import { and, eq } from "drizzle-orm";
import { isOrgRole } from "../auth/caller.js";
import { projectMemberIds } from "../projects/project-member-store.js";
import type { Db } from "../store/database.js";
import { orgMember } from "../store/schema/org-tables.js";
import { projectMember } from "../store/schema/project-tables.js";
import type { EventEnvelope } from "./event-bus.js";

/**
 * Whether a subscriber may hear of an event: someone removed from the organisation hears
 * nothing more; a project's events reach portfolio readers and the project's members as of the
 * event (see `Audience`).
 */
export async function mayReceive(
  db: Db,
  userId: string,
  envelope: EventEnvelope,
): Promise<"yes" | "no" | "left-org"> {
  const { orgId } = envelope.event;
  const [member] = await db
    .select({ role: orgMember.role })
    .from(orgMember)
    .where(and(eq(orgMember.orgId, orgId), eq(orgMember.userId, userId)));
  if (!member || !isOrgRole(member.role)) return "left-org";
  const audience = envelope.audience;
  if (audience.kind === "users") return audience.userIds.includes(userId) ? "yes" : "no";
  if (audience.kind === "org" || readsAllProjects(member.role)) return "yes";
  if (audience.memberIds !== undefined) return audience.memberIds.includes(userId) ? "yes" : "no";
  const onProject = await db
    .select({ role: projectMember.role })
    .from(projectMember)
    .where(
      and(
        eq(projectMember.orgId, orgId),
        eq(projectMember.projectId, audience.projectId),
        eq(projectMember.userId, userId),
      ),
    );
  return onProject.length > 0 ? "yes" : "no";
}

/**
 * Adds each project's members, read inside the mutation's transaction after its work, to the
 * audience of its events, beside anyone the event already names (a removed member, the members
 * of a deleted project).
 */
export async function withMembersAtEventTime(
  tx: Db,
  envelopes: readonly EventEnvelope[],
): Promise<EventEnvelope[]> {
  const membersOf = new Map<string, string[]>();
  const members = async (orgId: string, projectId: string) => {
    const key = `${orgId}/${projectId}`;
    const known = membersOf.get(key);
    if (known !== undefined) return known;
    const ids = await projectMemberIds(tx, orgId, projectId);
    membersOf.set(key, ids);
    return ids;
  };
  const resolved: EventEnvelope[] = [];
  for (const envelope of envelopes) {
    const audience = envelope.audience;
    if (audience.kind !== "project") {
      resolved.push(envelope);
      continue;
    }
    const current = await members(envelope.event.orgId, audience.projectId);
    const memberIds = [...new Set([...(audience.memberIds ?? []), ...current])];
    resolved.push({ ...envelope, audience: { ...audience, memberIds } });
  }
  return resolved;
}
