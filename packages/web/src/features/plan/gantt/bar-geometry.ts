import { type TimeScale, xOf } from "./time-scale.js";
import type { WallMinute } from "./wall-clock.js";

/** What the Gantt needs of a task; every date comes from the server's engine. */
export interface GanttTask {
  readonly start: WallMinute;
  readonly finish: WallMinute;
  readonly percentComplete: number;
  readonly summary: boolean;
  readonly milestone: boolean;
  readonly critical: boolean;
  readonly baselineStart: WallMinute | null;
  readonly baselineFinish: WallMinute | null;
}

/** The drawn shape of one task's row. */
export type Bar =
  | {
      readonly kind: "task" | "summary";
      readonly x: number;
      readonly width: number;
      /** The completed part, from the left. */
      readonly doneWidth: number;
    }
  | { readonly kind: "milestone"; readonly x: number };

/** Thin bars stay visible and clickable at any zoom. */
export const MIN_BAR_WIDTH = 3;

export function barOf(task: GanttTask, scale: TimeScale): Bar {
  const x = xOf(scale, task.start);
  if (task.milestone) return { kind: "milestone", x };
  const width = Math.max(MIN_BAR_WIDTH, xOf(scale, task.finish) - x);
  const done = Math.min(100, Math.max(0, task.percentComplete)) / 100;
  return { kind: task.summary ? "summary" : "task", x, width, doneWidth: width * done };
}

/** The baseline's thin bar under the current one, when the task has a baseline. */
export function baselineBarOf(
  task: GanttTask,
  scale: TimeScale,
): { readonly x: number; readonly width: number } | null {
  if (task.baselineStart === null || task.baselineFinish === null) return null;
  const x = xOf(scale, task.baselineStart);
  return { x, width: Math.max(MIN_BAR_WIDTH, xOf(scale, task.baselineFinish) - x) };
}

/** Where a bar starts and ends on screen; a milestone is a point. */
export function barSpan(bar: Bar): { readonly left: number; readonly right: number } {
  return bar.kind === "milestone"
    ? { left: bar.x, right: bar.x }
    : { left: bar.x, right: bar.x + bar.width };
}
