import type { PortfolioMilestone } from "@orrery/contracts/milestones";
import type { Zoom } from "../plan/gantt/time-scale.js";
import {
  MINUTES_PER_DAY,
  startOfMonth,
  type WallMinute,
  wallMinute,
} from "../plan/gantt/wall-clock.js";

/** One project's row of the timeline. */
export interface MilestoneLane {
  readonly projectId: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly milestones: readonly PortfolioMilestone[];
}

/**
 * Milestones grouped into one lane per project, lanes in the order of their first milestone so
 * the eye reads the portfolio's next events from the top. Input order (finish order) is kept
 * within a lane.
 */
export function milestoneLanes(milestones: readonly PortfolioMilestone[]): MilestoneLane[] {
  const lanes = new Map<string, { lane: MilestoneLane; items: PortfolioMilestone[] }>();
  for (const milestone of milestones) {
    let entry = lanes.get(milestone.projectId);
    if (!entry) {
      const items: PortfolioMilestone[] = [];
      entry = {
        items,
        lane: {
          projectId: milestone.projectId,
          projectKey: milestone.projectKey,
          projectName: milestone.projectName,
          milestones: items,
        },
      };
      lanes.set(milestone.projectId, entry);
    }
    entry.items.push(milestone);
  }
  return [...lanes.values()]
    .map((entry) => entry.lane)
    .sort(
      (a, b) =>
        firstFinish(a).localeCompare(firstFinish(b)) || a.projectKey.localeCompare(b.projectKey),
    );
}

const firstFinish = (lane: MilestoneLane) => lane.milestones[0]?.finish ?? "";

/** The span a timeline draws: every forecast and baseline date, widened to whole months. */
export interface TimelineSpan {
  readonly from: WallMinute;
  readonly to: WallMinute;
  /** The header's period size for the span: months up to about a year and a half, then quarters. */
  readonly zoom: Zoom;
}

export function timelineSpan(
  milestones: readonly PortfolioMilestone[],
  today: WallMinute,
): TimelineSpan {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const milestone of milestones) {
    for (const text of [milestone.finish, milestone.baselineFinish]) {
      const minute = text === null ? null : wallMinute(text);
      if (minute === null) continue;
      low = Math.min(low, minute);
      high = Math.max(high, minute);
    }
  }
  if (!Number.isFinite(low)) low = high = today;
  // Today joins the span when it is near the milestones; a plan years away keeps its own scale
  // rather than being squeezed into a corner of the years between.
  if (today >= low - NEAR && today <= high + NEAR) {
    low = Math.min(low, today);
    high = Math.max(high, today);
  }
  const from = startOfMonth(low);
  const to = startOfMonth(high, 1);
  const days = (to - from) / MINUTES_PER_DAY;
  return { from, to, zoom: days <= 550 ? "month" : "quarter" };
}

/** How far from the milestones today may lie and still be drawn: half a year. */
const NEAR = 183 * MINUTES_PER_DAY;
