import type { PortfolioMilestone } from "@orrery/contracts/milestones";

/**
 * Where a milestone stands: done, or forecast against its baseline (later: slipped, earlier:
 * ahead), or overdue when its forecast date has passed unfinished, whatever the baseline says.
 */
export type MilestoneState =
  | "complete"
  | "overdue"
  | "slipped"
  | "ahead"
  | "onTrack"
  | "noBaseline";

export interface MilestoneStatus {
  readonly state: MilestoneState;
  /** Calendar days from the baseline finish to the forecast one; null without a baseline. */
  readonly slipDays: number | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** Calendar days between the days of two wall-clock date-times (`2027-03-05T17:00:00`). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      DAY_MS,
  );
}

/** `today` is the viewer's wall-clock date, `YYYY-MM-DD`. */
export function milestoneStatus(
  milestone: Pick<PortfolioMilestone, "finish" | "baselineFinish" | "percentComplete">,
  today: string,
): MilestoneStatus {
  const slipDays =
    milestone.baselineFinish === null
      ? null
      : calendarDaysBetween(milestone.baselineFinish, milestone.finish);
  if (milestone.percentComplete >= 100) return { state: "complete", slipDays };
  if (milestone.finish.slice(0, 10) < today) return { state: "overdue", slipDays };
  if (slipDays === null) return { state: "noBaseline", slipDays };
  if (slipDays > 0) return { state: "slipped", slipDays };
  return { state: slipDays < 0 ? "ahead" : "onTrack", slipDays };
}

export const STATE_LABELS: Record<MilestoneState, string> = {
  complete: "Complete",
  overdue: "Overdue",
  slipped: "Slipped",
  ahead: "Ahead",
  onTrack: "On track",
  noBaseline: "No baseline",
};

/** `+3 days`, `−2 days`, `on baseline`; empty without a baseline. */
export function formatSlip(slipDays: number | null): string {
  if (slipDays === null) return "";
  if (slipDays === 0) return "on baseline";
  const days = Math.abs(slipDays) === 1 ? "day" : "days";
  return `${slipDays > 0 ? "+" : "−"}${Math.abs(slipDays)} ${days}`;
}
