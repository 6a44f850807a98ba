import {
  ChangeDecisionRecord,
  type ChangeRequest,
  ChangeRequestStatus,
  ScheduleImpact,
} from "@orrery/contracts/change-requests";
import { TaskBatchOperation } from "@orrery/contracts/plans";
import type { GateReviewerRole } from "@orrery/contracts/templates";
import { z } from "zod";
import { person } from "../projects/project-store.js";
import type { ChangeRequestRow, ChangeRequestView } from "./change-request-store.js";

const Operations = z.array(TaskBatchOperation);
const Decisions = z.array(ChangeDecisionRecord);

/** The stored plan operations of a request, parsed with the schema `tasks:batch` takes. */
export function operationsOf(row: ChangeRequestRow) {
  return Operations.parse(row.operations);
}

export function storedImpactOf(row: ChangeRequestRow): ScheduleImpact | null {
  return ScheduleImpact.nullable().parse(row.impact);
}

export function decisionsOf(row: ChangeRequestRow): ChangeDecisionRecord[] {
  return Decisions.parse(row.decisions);
}

/**
 * A stored request as the API shows it. `impact` replaces the stored one when the caller
 * computed it afresh against a newer plan.
 */
export function toChangeRequest(
  view: ChangeRequestView,
  approverRoles: readonly GateReviewerRole[],
  fresh?: ScheduleImpact | null,
): ChangeRequest {
  const r = view.row;
  const stored = storedImpactOf(r);
  return {
    id: r.id,
    project: { id: r.projectId, key: view.projectKey, name: view.projectName },
    ref: `CR-${r.number}`,
    title: r.title,
    description: r.description,
    reason: r.reason,
    status: ChangeRequestStatus.parse(r.status),
    scopeImpact: r.scopeImpact,
    costImpact:
      r.costDeltaMinor === null || r.costCurrency === null
        ? null
        : { deltaMinor: r.costDeltaMinor, currency: r.costCurrency },
    riskImpact: r.riskImpact,
    riskIds: r.riskIds,
    operations: operationsOf(r),
    scheduleImpact: fresh === undefined ? stored : fresh,
    planChangedSinceImpact:
      fresh !== undefined &&
      stored !== null &&
      fresh !== null &&
      fresh.planVersion !== stored.planVersion,
    approverRoles: [...approverRoles],
    decisions: decisionsOf(r),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    appliedAt: r.appliedAt?.toISOString() ?? null,
    appliedBy: person(r.appliedBy, view.applierName, view.applierEmail),
    baselineNumber: r.baselineNumber,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: person(r.createdBy, view.creatorName, view.creatorEmail),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, view.updaterName, view.updaterEmail),
  };
}
