import type { Zoom } from "./time-scale.js";
import { MINUTES_PER_DAY, startOfDay, type WallMinute } from "./wall-clock.js";

const WEEK = 7 * MINUTES_PER_DAY;

/**
 * The step a drag moves dates by at each zoom, as MS Project snaps to its timescale: a day while
 * days are wide enough to aim at, a week once they are a few pixels.
 */
export const SNAP_MINUTES: Record<Zoom, number> = {
  day: MINUTES_PER_DAY,
  week: MINUTES_PER_DAY,
  month: WEEK,
  quarter: WEEK,
};

/** A drag of `minutes` in whole steps, to the nearest (never -0, so "no change" compares). */
export function wholeSteps(minutes: number, step: number): number {
  return Math.round(minutes / step) || 0;
}

/**
 * Where a bar dragged by `steps` starts: its start's day moved by whole steps, at midnight. The
 * server's engine then starts the task at the first working moment from there on its calendar,
 * so the browser never decides a working time.
 */
export function droppedStart(start: WallMinute, steps: number, step: number): WallMinute {
  return startOfDay(start) + steps * step;
}

/**
 * The moment a bar whose end is dragged by `steps` should finish by: the end (midnight) of its
 * finish's day moved by whole steps, and never before the end of its start's day. A finish at
 * midnight belongs to the day before, whose work it ends.
 */
export function draggedFinish(
  start: WallMinute,
  finish: WallMinute,
  steps: number,
  step: number,
): WallMinute {
  const endOfFinishDay = startOfDay(Math.max(start, finish - 1)) + MINUTES_PER_DAY;
  return Math.max(endOfFinishDay + steps * step, startOfDay(start) + MINUTES_PER_DAY);
}
