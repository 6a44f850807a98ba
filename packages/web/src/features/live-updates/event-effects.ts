import { OrgEvent, type OrgEventType } from "@orrery/contracts/events";

/** The cached resources an organisation event can make stale. */
/**
 * `plan`: the plan of the event's project; `raid`: RAID logs and heat maps; `lessons`: lessons,
 * the knowledge base, suggestions and post-project reviews.
 */
export type StaleResource = "projects" | "members" | "me" | "plan" | "raid" | "lessons";

/** Reads one SSE `data:` payload; anything unreadable is ignored rather than breaking the page. */
export function parseOrgEvent(data: unknown): OrgEvent | null {
  if (typeof data !== "string") return null;
  try {
    const parsed = OrgEvent.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * What each event makes stale. Membership changes can change the caller's own role (and so what
 * the UI may show) and the people shown on projects; a renamed organisation changes the switcher.
 * A `Record` over the event types, so a new event type does not compile until it is handled here.
 */
const STALE_AFTER: Record<OrgEventType, readonly StaleResource[]> = {
  "org.updated": ["me"],
  "member.added": ["members"],
  "member.updated": ["members", "me", "projects"],
  "member.removed": ["members", "me", "projects"],
  "project.created": ["projects"],
  "project.updated": ["projects"],
  "project.deleted": ["projects"],
  "project_member.added": ["projects"],
  "project_member.updated": ["projects"],
  "project_member.removed": ["projects"],
  "task.created": ["plan"],
  "task.updated": ["plan"],
  "task.deleted": ["plan"],
  "task.batch_applied": ["plan"],
  "plan.updated": ["plan"],
  "raid_item.created": ["raid"],
  "raid_item.updated": ["raid"],
  "raid_item.deleted": ["raid"],
  "lesson.created": ["lessons"],
  "lesson.updated": ["lessons"],
  "lesson.deleted": ["lessons"],
  "project_review.updated": ["lessons"],
};

export function staleAfter(event: OrgEvent): readonly StaleResource[] {
  return STALE_AFTER[event.type];
}
