import { formatWallDate } from "../plan-format.js";
import { type Bar, barSpan, MIN_BAR_WIDTH } from "./bar-geometry.js";
import { BAR_HALF } from "./row-shapes.js";
import { type TimeScale, xOf } from "./time-scale.js";
import type { ActiveDrag } from "./use-bar-drag.js";
import { startOfDay, type WallMinute, wallText } from "./wall-clock.js";

/** A drop's day as the grid writes dates: `12 Mar 27`. */
const dayText = (minute: WallMinute) => formatWallDate(wallText(minute));

export interface DragGhostProps {
  readonly drag: ActiveDrag;
  /** The dragged row's bar and start. */
  readonly bar: Bar;
  readonly start: WallMinute;
  readonly scale: TimeScale;
  readonly rowHeight: number;
  /** The bar a link would reach, outlined. */
  readonly target: { readonly bar: Bar; readonly index: number } | null;
}

/** Where the bar or its end would land if dropped now, or the link's rubber band. */
export function DragGhost({ drag, bar, start, scale, rowHeight, target }: DragGhostProps) {
  const { gesture, outcome } = drag;
  const y = gesture.index * rowHeight + rowHeight / 2;
  const { left, right } = barSpan(bar);
  const box = (x: number, width: number, row = y) => (
    <rect
      className="gantt-ghost"
      x={x - 2}
      y={row - BAR_HALF - 2}
      width={Math.max(MIN_BAR_WIDTH, width) + 4}
      height={BAR_HALF * 2 + 4}
      rx={3}
    />
  );
  switch (outcome.kind) {
    case "move":
      return box(left + xOf(scale, outcome.start) - xOf(scale, startOfDay(start)), right - left);
    case "resize":
      return box(left, xOf(scale, outcome.until) - left);
    case "link": {
      const reach = target ? barSpan(target.bar) : null;
      return (
        <>
          <line
            className="gantt-rubber-band"
            x1={outcome.from.x}
            y1={outcome.from.y}
            x2={gesture.pointer.x}
            y2={gesture.pointer.y}
          />
          {reach && target
            ? box(reach.left, reach.right - reach.left, target.index * rowHeight + rowHeight / 2)
            : null}
        </>
      );
    }
  }
}

/** The tooltip beside the pointer: the dates a drop would ask for, or why a link cannot be. */
export function dragTip(drag: ActiveDrag, nameOf: (uid: number) => string): string {
  const { gesture, outcome } = drag;
  switch (outcome.kind) {
    case "move":
      return `Start ${dayText(outcome.start)}`;
    case "resize":
      // `until` is the midnight that ends the finish's day.
      return `Finish ${dayText(outcome.until - 1)}`;
    case "link":
      switch (outcome.target.kind) {
        case "none":
          return `Link "${nameOf(gesture.uid)}" to… (drop on a task's bar)`;
        case "self":
          return "A task cannot be linked to itself";
        case "task":
          return `Link "${nameOf(gesture.uid)}" → "${nameOf(outcome.target.uid)}" (finish-to-start)`;
      }
  }
}
