import type { Methodology, ProjectStatus } from "@orrery/contracts/projects";

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  proposed: "Proposed",
  active: "Active",
  on_hold: "On hold",
  completed: "Completed",
  cancelled: "Cancelled",
};

/** Badge colours; always shown with the label, so colour is never the only signal. */
export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  proposed: "violet",
  active: "green",
  on_hold: "orange",
  completed: "blue",
  cancelled: "gray",
};

export const METHODOLOGY_LABELS: Record<Methodology, string> = {
  waterfall: "Waterfall",
  agile: "Agile",
  hybrid: "Hybrid",
  prince2: "PRINCE2",
};
