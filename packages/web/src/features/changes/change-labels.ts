import type {
  ChangeDecision,
  ChangeRequestStatus,
  CostImpact,
} from "@orrery/contracts/change-requests";
import { formatMoney } from "../projects/money.js";

export const CHANGE_STATUS_LABELS: Record<ChangeRequestStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  rejected: "Rejected",
  deferred: "Deferred",
  applied: "Applied",
  withdrawn: "Withdrawn",
};

export const CHANGE_STATUS_COLORS: Record<ChangeRequestStatus, string> = {
  draft: "gray",
  submitted: "blue",
  approved: "teal",
  rejected: "red",
  deferred: "orange",
  applied: "green",
  withdrawn: "gray",
};

export const DECISION_LABELS: Record<ChangeDecision, string> = {
  approved: "Approve",
  rejected: "Reject",
  deferred: "Defer",
};

/** A working-day delta as people say it: `+2 working days`, `−0.5 working days`, `no change`. */
export function formatDayDelta(days: number | null): string {
  if (days === null) return "—";
  if (days === 0) return "no change";
  const size = Math.abs(days);
  return `${days > 0 ? "+" : "−"}${size} working day${size === 1 ? "" : "s"}`;
}

/** A cost change with its sign: `+€1,200.00`, `−€250.00`, or `—` when none was recorded. */
export function formatCostDelta(cost: CostImpact | null): string {
  if (!cost) return "—";
  const amount = formatMoney({ amountMinor: Math.abs(cost.deltaMinor), currency: cost.currency });
  return `${cost.deltaMinor < 0 ? "−" : "+"}${amount}`;
}
