import type { GateReview } from "@orrery/contracts/lifecycle";
import type { RaidItem } from "@orrery/contracts/raid";
import type { Gate } from "@orrery/contracts/templates";
import { projectMemberIds } from "../projects/project-member-store.js";
import type { OrgCtx } from "../service/context.js";
import type { Change } from "../service/mutation.js";
import type { Db } from "../store/database.js";
import { memberIdsWithRoles } from "./notification-store.js";
import { notifyInMutation } from "./notify.js";

// The notifications that mutations make, each in the mutation's own transaction. Who hears of
// what: a gate's reviewers of a request, the project's people of a decision, an action's owner
// of its assignment.

const gateLink = (review: GateReview) =>
  `/projects/${encodeURIComponent(review.project.key)}/gates/${review.gate}/reviews/${review.id}`;

const gateLabel = (review: GateReview) =>
  `${review.project.key} gate ${review.gate} ${review.gateName}`;

/** A review was requested: everyone whose role the gate names, and the PMO managers. */
export async function notifyGateReviewRequested(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  gate: Pick<Gate, "reviewerRoles">,
  review: GateReview,
): Promise<void> {
  const roles = [...new Set([...gate.reviewerRoles, "pmo_manager"])];
  const lines = [
    `${ctx.actor.name} asks you to decide the gate "${review.gateName}" of ${review.project.key} ${review.project.name}.`,
  ];
  if (review.dueDate) lines.push(`Decision wanted by ${review.dueDate}.`);
  if (review.note) lines.push(`Note: ${review.note}`);
  await notifyInMutation(tx, ctx, change, {
    kind: "gate_review_requested",
    recipientIds: await memberIdsWithRoles(tx, ctx.org.orgId, roles),
    title: `Gate review requested: ${gateLabel(review)}`,
    body: lines.join("\n"),
    link: gateLink(review),
    entityType: "gate_review",
    entityId: review.id,
    projectId: review.project.id,
  });
}

/** A review was decided: the project's manager and members. */
export async function notifyGateDecided(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  managerId: string | null,
  review: GateReview,
): Promise<void> {
  const members = await projectMemberIds(tx, ctx.org.orgId, review.project.id);
  const outcome = review.state.replaceAll("_", " ");
  const lines = [`${ctx.actor.name} decided ${gateLabel(review)}: ${outcome}.`];
  if (review.comments) lines.push(`Comments: ${review.comments}`);
  for (const condition of review.conditions)
    lines.push(`Condition ${condition.ref}: ${condition.title}`);
  await notifyInMutation(tx, ctx, change, {
    kind: "gate_decided",
    recipientIds: managerId ? [managerId, ...members] : members,
    title: `Gate decided (${outcome}): ${gateLabel(review)}`,
    body: lines.join("\n"),
    link: gateLink(review),
    entityType: "gate_review",
    entityId: review.id,
    projectId: review.project.id,
  });
}

/**
 * A RAID action got an owner (recorded with one, or handed to someone else): the new owner.
 * Other item types, an unchanged owner, and no owner notify nobody.
 */
export async function notifyActionAssigned(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  previousOwnerId: string | null,
  item: RaidItem,
): Promise<void> {
  const owner = item.owner?.id ?? null;
  if (item.type !== "action" || owner === null || owner === previousOwnerId) return;
  const due = item.dueDate ? `, due ${item.dueDate}` : "";
  await notifyInMutation(tx, ctx, change, {
    kind: "raid_action_assigned",
    recipientIds: [owner],
    title: `Action assigned to you: ${item.project.key} ${item.ref} ${item.title}`,
    body: `${ctx.actor.name} made you the owner of the action ${item.ref} "${item.title}" of ${item.project.key} ${item.project.name}${due}.`,
    link: `/projects/${encodeURIComponent(item.project.key)}/raid`,
    entityType: "raid_item",
    entityId: item.id,
    projectId: item.project.id,
  });
}
