import { z } from "zod";
import { Timestamp } from "./common.js";

/** Every kind of change pushed live; `entity.verb` in the past tense. */
export const OrgEventType = z
  .enum([
    "org.updated",
    "member.added",
    "member.updated",
    "member.removed",
    "project.created",
    "project.updated",
    "project.deleted",
    "project_member.added",
    "project_member.updated",
    "project_member.removed",
    "task.created",
    "task.updated",
    "task.deleted",
    "task.batch_applied",
    "plan.updated",
    "resource.created",
    "resource.updated",
    "resource.deleted",
    "raid_item.created",
    "raid_item.updated",
    "raid_item.deleted",
    "raid_item.reviewed",
    "raid_item.bulk_updated",
    "template.created",
    "template.published",
    "lifecycle.updated",
    "gate_review.requested",
    "gate_review.decided",
    "status_report.created",
    "status_report.updated",
    "status_report.submitted",
    "status_report.reviewed",
    "status_report.deleted",
    "certification.created",
    "certification.updated",
    "certification.deleted",
    "lesson.created",
    "lesson.updated",
    "lesson.promoted",
    "lesson.deleted",
    "project_review.updated",
    "notification.created",
    "change_request.created",
    "change_request.updated",
    "change_request.submitted",
    "change_request.decided",
    "change_request.applied",
    "change_request.withdrawn",
    "document.created",
    "document.updated",
    "document.deleted",
  ])
  .meta({ id: "OrgEventType" });
export type OrgEventType = z.infer<typeof OrgEventType>;

/**
 * A change in an organisation, pushed to every connected client over Server-Sent Events.
 * Clients refetch what the event names; the summary is for toasts and activity feeds.
 */
export const OrgEvent = z
  .object({
    id: z.string(),
    type: OrgEventType,
    orgId: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    /** Set when the change concerns one project (the project itself or its members). */
    projectId: z.string().nullable(),
    summary: z.string(),
    /**
     * On edits of a plan: the plan's version after the edit, so a client that already shows it
     * (the editor, from the write's answer) need not read the plan again.
     */
    planVersion: z.number().int().nullable().default(null),
    actorId: z.string().nullable(),
    at: Timestamp,
  })
  .meta({ id: "OrgEvent" });
export type OrgEvent = z.infer<typeof OrgEvent>;
