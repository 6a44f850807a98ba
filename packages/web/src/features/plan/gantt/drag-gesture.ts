import { barOf, barSpan, type GanttTask } from "./bar-geometry.js";
import { draggedFinish, droppedStart, SNAP_MINUTES, wholeSteps } from "./drag-snap.js";
import { type LinkTarget, linkTargetAt } from "./link-target.js";
import type { TimeScale } from "./time-scale.js";
import type { WallMinute } from "./wall-clock.js";

/** What a pointer pressed on a bar does: move it, drag its end, or draw a link from its end. */
export type DragKind = "move" | "resize" | "link";
export const DRAG_KINDS: readonly DragKind[] = ["move", "resize", "link"];

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A pointer pressed on a bar's part, in chart pixels; `active` once it passed the threshold. */
export interface DragGesture {
  readonly kind: DragKind;
  readonly uid: number;
  /** The row's index in the chart. */
  readonly index: number;
  readonly origin: Point;
  readonly pointer: Point;
  readonly active: boolean;
}

/**
 * How far a pointer must travel before a press becomes a drag, so a click (or a shaky tap)
 * edits nothing.
 */
export const DRAG_THRESHOLD = 4;

export function pastThreshold(origin: Point, pointer: Point): boolean {
  return Math.hypot(pointer.x - origin.x, pointer.y - origin.y) >= DRAG_THRESHOLD;
}

/** What dropping the gesture now would ask for; `steps` 0 asks for no change. */
export type DragOutcome =
  | { readonly kind: "move"; readonly steps: number; readonly start: WallMinute }
  | { readonly kind: "resize"; readonly steps: number; readonly until: WallMinute }
  | { readonly kind: "link"; readonly from: Point; readonly target: LinkTarget };

/**
 * The outcome of a gesture on `row`: the pointer's travel in whole steps of the zoom for a move
 * or an end drag, the task under the pointer for a link (from the source bar's end).
 */
export function dragOutcome<Row extends GanttTask & { readonly uid: number }>(
  gesture: DragGesture,
  row: Row,
  rows: readonly Row[],
  rowHeight: number,
  scale: TimeScale,
): DragOutcome {
  const step = SNAP_MINUTES[scale.zoom];
  const steps = wholeSteps((gesture.pointer.x - gesture.origin.x) / scale.pxPerMinute, step);
  switch (gesture.kind) {
    case "move":
      return { kind: "move", steps, start: droppedStart(row.start, steps, step) };
    case "resize":
      return { kind: "resize", steps, until: draggedFinish(row.start, row.finish, steps, step) };
    case "link":
      return {
        kind: "link",
        from: {
          x: barSpan(barOf(row, scale)).right,
          y: gesture.index * rowHeight + rowHeight / 2,
        },
        target: linkTargetAt(rows, rowHeight, scale, gesture.pointer, gesture.uid),
      };
  }
}
