import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import type { GateReviewerRole, ReportCadence } from "@orrery/contracts/templates";

export const CADENCE_LABELS: Record<ReportCadence, string> = {
  weekly: "Weekly",
  fortnightly: "Fortnightly",
  monthly: "Monthly",
};

export function reviewerLabel(role: GateReviewerRole): string {
  return ORG_ROLE_LABELS[role];
}

/** "Executive, PMO manager" */
export function reviewersText(roles: readonly GateReviewerRole[]): string {
  return roles.map(reviewerLabel).join(", ");
}
