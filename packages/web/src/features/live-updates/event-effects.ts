import { OrgEvent, type OrgEventType } from "@orrery/contracts/events";

/**
 * The cached resources an organisation event can make stale. `plan`: the plan of the event's
 * project; `milestones`: the portfolio timeline; `raid`: RAID logs and heat maps;
 * `statusReports`: status reports and the portfolio's status; `certifications`: people's
 * certifications; `myWork`: the caller's assigned tasks; `planResources`: the resources and
 * assignments of the event's project; `templates`: the template library; `governance`:
 * lifecycles, gate reviews and the gate calendar; `lessons`: lessons, the knowledge base,
 * suggestions and post-project reviews; `notifications`: the caller's bell and notification centre;
 * `changes`: the change log of the event's project; `documents`: the document library and
 * projects' documents.
 */
export type StaleResource =
  | "projects"
  | "members"
  | "me"
  | "plan"
  | "milestones"
  | "raid"
  | "statusReports"
  | "certifications"
  | "myWork"
  | "planResources"
  | "templates"
  | "governance"
  | "lessons"
  | "notifications"
  | "changes"
  | "documents";

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
  "project.updated": ["projects", "milestones"],
  "project.deleted": ["projects", "milestones"],
  "project_member.added": ["projects"],
  "project_member.updated": ["projects"],
  "project_member.removed": ["projects"],
  "task.created": ["plan", "milestones", "myWork"],
  "task.updated": ["plan", "milestones", "myWork"],
  // A deleted task takes its assignments along; imports and assignments are `plan.updated`.
  "task.deleted": ["plan", "milestones", "myWork", "planResources"],
  "task.batch_applied": ["plan", "milestones", "myWork", "planResources"],
  "plan.updated": ["plan", "milestones", "myWork", "planResources"],
  "resource.created": ["planResources", "myWork"],
  "resource.updated": ["planResources", "myWork"],
  "resource.deleted": ["planResources", "myWork"],
  "raid_item.created": ["raid"],
  "raid_item.updated": ["raid"],
  "raid_item.deleted": ["raid"],
  "raid_item.reviewed": ["raid"],
  "raid_item.bulk_updated": ["raid"],
  "template.created": ["templates"],
  "template.published": ["templates", "governance"],
  "lifecycle.updated": ["governance"],
  "gate_review.requested": ["governance"],
  "gate_review.decided": ["governance", "raid"],
  "status_report.created": ["statusReports"],
  "status_report.updated": ["statusReports"],
  "status_report.submitted": ["statusReports"],
  "status_report.reviewed": ["statusReports"],
  "status_report.deleted": ["statusReports"],
  "certification.created": ["certifications"],
  "certification.updated": ["certifications"],
  "certification.deleted": ["certifications"],
  "lesson.created": ["lessons"],
  "lesson.updated": ["lessons"],
  "lesson.deleted": ["lessons"],
  "notification.created": ["notifications"],
  "lesson.promoted": ["lessons", "templates"],
  "project_review.updated": ["lessons"],
  "change_request.created": ["changes"],
  "change_request.updated": ["changes"],
  "change_request.submitted": ["changes"],
  "change_request.decided": ["changes"],
  // Applying edits the plan (its own `task.batch_applied` follows) and may take a baseline.
  "change_request.applied": ["changes", "plan", "milestones", "myWork"],
  "change_request.withdrawn": ["changes"],
  // An attached document can complete a gate's checklist.
  "document.created": ["documents", "governance"],
  "document.updated": ["documents", "governance"],
  "document.deleted": ["documents", "governance"],
};

export function staleAfter(event: OrgEvent): readonly StaleResource[] {
  return STALE_AFTER[event.type];
}

/**
 * Whether a cached query holds data read before `since` (milliseconds since the epoch), which
 * may have missed events; one still loading for the first time is left to finish.
 */
export function loadedBefore(
  state: { readonly data: unknown; readonly dataUpdatedAt: number },
  since: number,
): boolean {
  return state.data !== undefined && state.dataUpdatedAt < since;
}
