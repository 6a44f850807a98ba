import type { RagRuleKey } from "@orrery/contracts/rag-rules";
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

/** How the template editor names each RAG rule and the unit of its thresholds. */
export const RAG_RULE_LABELS: Record<
  RagRuleKey,
  { readonly label: string; readonly dimension: string; readonly unit: string }
> = {
  milestoneSlipDays: {
    label: "Milestone slip",
    dimension: "Schedule",
    unit: "working days a milestone's forecast is past its baseline",
  },
  finishLateDays: {
    label: "Late project finish",
    dimension: "Schedule",
    unit: "working days of negative float on the project finish",
  },
  costOverrunPercent: {
    label: "Cost overrun",
    dimension: "Cost",
    unit: "percent the cost forecast exceeds the budget",
  },
  unansweredRiskScore: {
    label: "Open risk without a response",
    dimension: "Risk",
    unit: "score (1–25) of an open threat with no response",
  },
  overdueItems: {
    label: "Overdue RAID items",
    dimension: "Risk",
    unit: "issues, actions and dependencies past their due date",
  },
  openScopeChanges: {
    label: "Scope changes awaiting a decision",
    dimension: "Scope",
    unit: "open change requests with a scope impact",
  },
};
