import { memo } from "react";
import { type Bar, barSpan } from "./bar-geometry.js";
import type { DragKind } from "./drag-gesture.js";

/** Half a task bar's height; milestones and connectors are sized from it. */
export const BAR_HALF = 6;
/** The width of the grip at a bar's end that drags its finish. */
const GRIP = 8;
/** How far right of a bar's end its link connector sits, and its radius. */
const CONNECTOR_GAP = 8;
const CONNECTOR_RADIUS = 4;

export interface RowShapesProps {
  readonly uid: number;
  readonly index: number;
  readonly name: string;
  readonly critical: boolean;
  readonly bar: Bar;
  readonly y: number;
  readonly baseline: { readonly x: number; readonly width: number } | null;
  /** The drags this row's bar offers (none for a viewer). */
  readonly drags: ReadonlySet<DragKind>;
}

/**
 * The shape of one task's row: its bar, milestone or summary, its baseline, and its drag grips.
 * Memoised on the geometry, so scrolling and edits redraw only rows that changed.
 */
export const RowShapes = memo(function RowShapes(props: RowShapesProps) {
  const { uid, index, name, critical, bar, y, baseline, drags } = props;
  const tone = critical ? " gantt-critical" : "";
  // The parts a pointer can press; the chart reads which one from these attributes.
  const part = (kind: DragKind) =>
    drags.has(kind)
      ? { "data-drag": kind, "data-uid": uid, "data-index": index, className: `gantt-grip-${kind}` }
      : {};
  const move = part("move");
  const right = barSpan(bar).right;
  return (
    <g data-uid={uid} className="gantt-row">
      <title>{name}</title>
      {baseline ? (
        <rect
          className="gantt-baseline"
          x={baseline.x}
          y={y + BAR_HALF}
          width={baseline.width}
          height={4}
        />
      ) : null}
      {bar.kind === "milestone" ? (
        <path
          {...move}
          className={`gantt-milestone${tone} ${move.className ?? ""}`}
          d={`M${bar.x},${y - BAR_HALF - 1}l${BAR_HALF + 1},${BAR_HALF + 1}l${-BAR_HALF - 1},${BAR_HALF + 1}l${-BAR_HALF - 1},${-BAR_HALF - 1}z`}
        />
      ) : bar.kind === "summary" ? (
        <path
          className={`gantt-summary${tone}`}
          d={`M${bar.x},${y - 4}h${bar.width}v9l-4,-4H${bar.x + 4}l-4,4z`}
        />
      ) : (
        <>
          <rect
            {...move}
            className={`gantt-bar${tone} ${move.className ?? ""}`}
            x={bar.x}
            y={y - BAR_HALF}
            width={bar.width}
            height={BAR_HALF * 2}
            rx={2}
          />
          {bar.doneWidth > 0 ? (
            <rect
              {...move}
              className={`gantt-progress ${move.className ?? ""}`}
              x={bar.x}
              y={y - 2}
              width={bar.doneWidth}
              height={4}
            />
          ) : null}
          {drags.has("resize") ? (
            <rect
              {...part("resize")}
              x={right - GRIP / 2}
              y={y - BAR_HALF}
              width={GRIP}
              height={BAR_HALF * 2}
            />
          ) : null}
        </>
      )}
      {drags.has("link") ? (
        <circle {...part("link")} cx={right + CONNECTOR_GAP} cy={y} r={CONNECTOR_RADIUS} />
      ) : null}
    </g>
  );
}, sameShapes);

function sameShapes(a: RowShapesProps, b: RowShapesProps): boolean {
  return (
    a.uid === b.uid &&
    a.index === b.index &&
    a.name === b.name &&
    a.critical === b.critical &&
    a.y === b.y &&
    a.drags === b.drags &&
    sameBar(a.bar, b.bar) &&
    a.baseline?.x === b.baseline?.x &&
    a.baseline?.width === b.baseline?.width
  );
}

function sameBar(a: Bar, b: Bar): boolean {
  if (a.kind === "milestone" || b.kind === "milestone") return a.kind === b.kind && a.x === b.x;
  return a.kind === b.kind && a.x === b.x && a.width === b.width && a.doneWidth === b.doneWidth;
}
