import { barOf, barSpan, type GanttTask } from "./bar-geometry.js";
import type { TimeScale } from "./time-scale.js";

/** What a link dragged out of a bar would join if dropped here. */
export type LinkTarget =
  | { readonly kind: "none" }
  | { readonly kind: "self" }
  /** `index`: the target's row in the chart. */
  | { readonly kind: "task"; readonly uid: number; readonly index: number };

/** How far beside a bar a drop still counts as on it: thin bars and diamonds stay easy to hit. */
export const LINK_SLOP = 8;

/**
 * The task whose bar is under the point (chart pixels), for a link dragged from `sourceUid`:
 * the row under the pointer, if it has a bar and the point is on it (give or take LINK_SLOP).
 * Dropping on the source itself is `self`, which the chart refuses and says why.
 */
export function linkTargetAt<Row extends GanttTask & { readonly uid: number }>(
  rows: readonly Row[],
  rowHeight: number,
  scale: TimeScale,
  point: { readonly x: number; readonly y: number },
  sourceUid: number,
): LinkTarget {
  const index = Math.floor(point.y / rowHeight);
  const row = point.y < 0 ? undefined : rows[index];
  if (!row || !Number.isFinite(row.start)) return { kind: "none" };
  const { left, right } = barSpan(barOf(row, scale));
  if (point.x < left - LINK_SLOP || point.x > right + LINK_SLOP) return { kind: "none" };
  return row.uid === sourceUid ? { kind: "self" } : { kind: "task", uid: row.uid, index };
}
