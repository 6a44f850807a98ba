import { readsAllProjects } from "@orrery/core/access/policy";
import { and, eq } from "drizzle-orm";
import { isOrgRole } from "../auth/caller.js";
import type { Db } from "../store/database.js";
import { orgMember } from "../store/schema/org-tables.js";
import { projectMember } from "../store/schema/project-tables.js";
import type { EventEnvelope } from "./event-bus.js";

/**
 * Whether a subscriber may hear of an event, decided when it happens from their current roles:
 * someone removed from the organisation hears nothing more, a project's events reach portfolio
 * readers and that project's members (plus those the event names, e.g. the members of a
 * project that was just deleted).
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
  if (audience.kind === "org" || readsAllProjects(member.role)) return "yes";
  if (audience.memberIds?.includes(userId)) return "yes";
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
