import type { GateReviewState, GateState } from "@orrery/contracts/lifecycle";

export const GATE_STATE_LABELS: Record<GateState, string> = {
  open: "Not requested",
  requested: "Review requested",
  approved: "Approved",
  approved_with_conditions: "Approved with conditions",
  rejected: "Rejected",
  recycled: "Recycled",
};

export const GATE_STATE_COLORS: Record<GateState, string> = {
  open: "gray",
  requested: "blue",
  approved: "green",
  approved_with_conditions: "teal",
  rejected: "red",
  recycled: "orange",
};

export function reviewStateLabel(state: GateReviewState): string {
  return state === "requested" ? "Awaiting decision" : GATE_STATE_LABELS[state];
}
