import type { ChangeDecision, ChangeRequestStatus } from "@orrery/contracts/change-requests";
import type { OrgRole } from "@orrery/contracts/roles";
import type { GateReviewerRole } from "@orrery/contracts/templates";

/**
 * A change request's life: written as a draft, submitted for a decision, then approved,
 * rejected or deferred. A deferred request may be reworked and submitted again; an approved one
 * is applied to the plan (at once or later). The author may withdraw it until it is decided for
 * good. Rejected, applied and withdrawn requests are the change log's record and never move.
 */
export type ChangeRequestAction =
  | { readonly kind: "submit" }
  | { readonly kind: "decide"; readonly decision: ChangeDecision }
  | { readonly kind: "apply" }
  | { readonly kind: "withdraw" };

/** The new status, or why the action is not possible now (the service answers 409 with it). */
export type ChangeTransition =
  | { readonly ok: true; readonly status: ChangeRequestStatus }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ChangeTransition => ({ ok: false, reason });
const accept = (status: ChangeRequestStatus): ChangeTransition => ({ ok: true, status });

/** Nothing moves a request out of these. */
export const FINAL_CHANGE_STATUSES: readonly ChangeRequestStatus[] = [
  "rejected",
  "applied",
  "withdrawn",
];

export function changeRequestTransition(
  status: ChangeRequestStatus,
  action: ChangeRequestAction,
): ChangeTransition {
  if (FINAL_CHANGE_STATUSES.includes(status)) return refuse(`the change request is ${status}`);
  switch (action.kind) {
    case "submit":
      if (status !== "draft" && status !== "deferred")
        return refuse(`the change request is already ${status}`);
      return accept("submitted");
    case "decide":
      if (status !== "submitted")
        return refuse(`only a submitted change request is decided; this one is ${status}`);
      return accept(action.decision);
    case "apply":
      if (status !== "approved")
        return refuse(`only an approved change request is applied; this one is ${status}`);
      return accept("applied");
    case "withdraw":
      if (status === "approved")
        return refuse("an approved change request is applied, not withdrawn");
      return accept("withdrawn");
  }
}

/** The author reworks a request only before it is decided, or when it was deferred. */
export function isEditableChange(status: ChangeRequestStatus): boolean {
  return status === "draft" || status === "deferred";
}

/** Whether the plan edits of a request in this status are still to be made (impact is live). */
export function isPendingChange(status: ChangeRequestStatus): boolean {
  return (
    status === "draft" || status === "submitted" || status === "deferred" || status === "approved"
  );
}

/** Who decides change requests when the project follows no template. */
export const DEFAULT_CHANGE_APPROVERS: readonly GateReviewerRole[] = ["pmo_manager"];

/**
 * Administrators and PMO managers decide every change request, as they run every gate; anyone
 * else only when the project's template names their role among the change approvers.
 */
export function mayDecideChange(
  role: OrgRole,
  approverRoles: readonly GateReviewerRole[],
): boolean {
  return role === "admin" || role === "pmo_manager" || approverRoles.some((r) => r === role);
}
