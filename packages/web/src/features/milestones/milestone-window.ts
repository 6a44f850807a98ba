/** The spans of finish dates the timeline offers, relative to the viewer's today. */
export type MilestoneWindow = "quarter" | "year" | "all";

export const WINDOW_LABELS: Record<MilestoneWindow, string> = {
  quarter: "Next 90 days",
  year: "This year",
  all: "All dates",
};

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The window's first and last day (both included). Overdue milestones stay in the 90-day view:
 * a milestone that should have happened is exactly what a PMO must not lose sight of, so that
 * window starts a month back.
 */
export function windowDates(
  window: MilestoneWindow,
  today: string,
): { from?: string; to?: string } {
  switch (window) {
    case "quarter":
      return { from: addDays(today, -30), to: addDays(today, 90) };
    case "year":
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    case "all":
      return {};
  }
}
