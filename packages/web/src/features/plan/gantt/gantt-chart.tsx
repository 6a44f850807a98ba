import { useMemo } from "react";
import { type Bar, barOf, barSpan, baselineBarOf, type GanttTask } from "./bar-geometry.js";
import type { DragKind } from "./drag-gesture.js";
import { DragGhost, dragTip } from "./drag-preview.js";
import { lazyList } from "./lazy-list.js";
import { type BarEnds, type LinkType, linkPath, STUB } from "./link-path.js";
import { BAR_HALF, RowShapes } from "./row-shapes.js";
import type { RowWindow } from "./row-window.js";
import { type TimeScale, xOf } from "./time-scale.js";
import { type GanttEdits, useBarDrag } from "./use-bar-drag.js";
import type { WallMinute } from "./wall-clock.js";
import { overlaps, type XWindow } from "./x-window.js";

/** One row of the chart, in outline order. */
export interface GanttRow extends GanttTask {
  readonly uid: number;
  readonly name: string;
}

export interface GanttLink {
  readonly predecessorUid: number;
  readonly successorUid: number;
  readonly type: LinkType;
}

export interface GanttChartProps extends GanttEdits {
  readonly rows: readonly GanttRow[];
  readonly links: readonly GanttLink[];
  readonly scale: TimeScale;
  readonly width: number;
  readonly rowHeight: number;
  /** Only these rows are drawn; the SVG still has every row's height, so scrolling is native. */
  readonly window: RowWindow;
  /** Arrows wholly outside this part of the chart are not drawn. */
  readonly drawn: XWindow;
  readonly today: WallMinute | null;
  readonly statusDate: WallMinute | null;
  readonly showBaseline: boolean;
}

/**
 * Every set of drags a row can offer, made once: rows are memoised, and a new set in each
 * render would count as a change.
 */
const DRAG_SETS = new Map<string, ReadonlySet<DragKind>>();

/** A summary's dates roll up from its subtasks: it can be linked, never moved or stretched. */
function dragsOf(row: GanttRow, offered: Record<DragKind, boolean>): ReadonlySet<DragKind> {
  const drags: DragKind[] = [];
  if (offered.link) drags.push("link");
  if (!row.summary) {
    if (offered.move) drags.push("move");
    if (offered.resize && !row.milestone) drags.push("resize");
  }
  const key = drags.join();
  let set = DRAG_SETS.get(key);
  if (!set) {
    set = new Set(drags);
    DRAG_SETS.set(key, set);
  }
  return set;
}

/**
 * The bars, milestones, baselines and dependency arrows of a plan, drawn from the dates the
 * server's engine computed (the browser never schedules). Rows outside the window are not
 * drawn, so a plan of any size costs only what is on screen. With edit callbacks, bars can be
 * dragged to move them, their ends to change durations, and their connectors onto another bar
 * to link them; each drop hands the callback a date or a pair of tasks, nothing more.
 */
export function GanttChart(props: GanttChartProps) {
  const { rows, links, scale, width, rowHeight, window, drawn, today, statusDate, showBaseline } =
    props;
  const { onMoveTask, onResizeTask, onLinkTasks } = props;
  const drag = useBarDrag(rows, rowHeight, scale, { onMoveTask, onResizeTask, onLinkTasks });
  const height = rows.length * rowHeight;
  const { link, move, resize } = drag.offered;
  // Bars, rows and arrows are made once each while the plan, the zoom and the drags offered
  // stay: a scrolled frame reuses what it draws again, and React skips the elements it knows.
  const barAt = useMemo(() => lazyList((index) => barOf(rowAt(rows, index), scale)), [rows, scale]);
  const shapesAt = useMemo(
    () =>
      lazyList((index) => {
        const row = rowAt(rows, index);
        return (
          <RowShapes
            key={row.uid}
            uid={row.uid}
            index={index}
            name={row.name}
            critical={row.critical}
            bar={barAt(index)}
            y={middleOf(index, rowHeight)}
            baseline={showBaseline ? baselineBarOf(row, scale) : null}
            drags={dragsOf(row, { link, move, resize })}
          />
        );
      }),
    [rows, scale, barAt, rowHeight, showBaseline, link, move, resize],
  );
  const linked = useMemo(() => drawableLinks(rows, links), [rows, links]);
  const arrowAt = useMemo(
    () => lazyList((index) => arrowOf(linkAt(linked, index), barAt, rowHeight)),
    [linked, barAt, rowHeight],
  );

  const shown: React.ReactNode[] = [];
  for (let index = window.first; index < window.end; index++) {
    // A task the engine left undated (inactive) has a grid row but no bar.
    if (Number.isFinite(rows[index]?.start)) shown.push(shapesAt(index));
  }
  const arrows: React.ReactNode[] = [];
  for (let index = 0; index < linked.length; index++) {
    const { from, to } = linkAt(linked, index);
    // Drawn when any part can be on screen: an end in the window, or spanning across it.
    if (Math.max(from, to) < window.first || Math.min(from, to) >= window.end) continue;
    const arrow = arrowAt(index);
    if (overlaps(drawn, arrow.left, arrow.right)) arrows.push(arrow.path);
  }

  const active = drag.active;
  const dragged = active ? rows[active.gesture.index] : undefined;
  const reached =
    active?.outcome.kind === "link" && active.outcome.target.kind === "task"
      ? active.outcome.target.index
      : null;
  const nameOf = (uid: number) => rows.find((row) => row.uid === uid)?.name ?? String(uid);

  return (
    <div className="gantt-stage" style={{ width, height }}>
      <svg
        className={[
          "gantt-chart",
          Object.values(drag.offered).some(Boolean) ? "gantt-editable" : "",
          drag.pressed ? `gantt-dragging-${drag.pressed}` : "",
        ].join(" ")}
        width={width}
        height={height}
        aria-hidden="true"
        {...drag.handlers}
      >
        <defs>
          <Arrowhead id="gantt-arrow" className="gantt-arrowhead" />
          <Arrowhead
            id="gantt-arrow-critical"
            className="gantt-arrowhead gantt-arrowhead-critical"
          />
        </defs>
        {today === null ? null : (
          <DateLine className="gantt-today" x={xOf(scale, today)} height={height} />
        )}
        {statusDate === null ? null : (
          <DateLine className="gantt-status-date" x={xOf(scale, statusDate)} height={height} />
        )}
        <g>{arrows}</g>
        <g>{shown}</g>
        {active && dragged ? (
          <DragGhost
            drag={active}
            bar={barAt(active.gesture.index)}
            start={dragged.start}
            scale={scale}
            rowHeight={rowHeight}
            target={reached === null ? null : { bar: barAt(reached), index: reached }}
          />
        ) : null}
      </svg>
      {active ? (
        // Shown to the pointer that drags; the note after the drop is what is announced.
        <div
          className="gantt-drag-tip"
          aria-hidden="true"
          style={{ left: active.gesture.pointer.x + 14, top: active.gesture.pointer.y + 14 }}
        >
          {dragTip(active, nameOf)}
        </div>
      ) : null}
    </div>
  );
}

interface DrawableLink {
  readonly link: GanttLink;
  /** Row indexes of the predecessor and the successor. */
  readonly from: number;
  readonly to: number;
  readonly critical: boolean;
}

/**
 * The links whose two tasks are both shown with a bar, with their rows: worked out once per
 * plan, not in every scrolled frame (ten thousand rows and links would cost a frame each time).
 */
function drawableLinks(rows: readonly GanttRow[], links: readonly GanttLink[]): DrawableLink[] {
  const indexOf = new Map(rows.map((row, index) => [row.uid, index]));
  const drawable: DrawableLink[] = [];
  for (const link of links) {
    const from = indexOf.get(link.predecessorUid);
    const to = indexOf.get(link.successorUid);
    if (from === undefined || to === undefined) continue;
    // A task the engine left undated (inactive) has no bar to link.
    if (!Number.isFinite(rows[from]?.start) || !Number.isFinite(rows[to]?.start)) continue;
    const critical = rows[from]?.critical === true && rows[to]?.critical === true;
    drawable.push({ link, from, to, critical });
  }
  return drawable;
}

/** A dependency arrow and how far it reaches sideways, arrowhead and turns included. */
interface Arrow {
  readonly left: number;
  readonly right: number;
  readonly path: React.ReactElement;
}

function arrowOf(drawable: DrawableLink, barAt: (index: number) => Bar, rowHeight: number): Arrow {
  const { link, from, to, critical } = drawable;
  const endsAt = (index: number): BarEnds => ({
    ...barSpan(barAt(index)),
    y: middleOf(index, rowHeight),
    half: BAR_HALF,
  });
  const [start, end] = [endsAt(from), endsAt(to)];
  const margin = 2 * STUB;
  return {
    left: Math.min(start.left, end.left) - margin,
    right: Math.max(start.right, end.right) + margin,
    path: (
      <path
        key={`${link.predecessorUid}-${link.successorUid}-${link.type}`}
        d={linkPath(link.type, start, end)}
        className={critical ? "gantt-link gantt-link-critical" : "gantt-link"}
        markerEnd={critical ? "url(#gantt-arrow-critical)" : "url(#gantt-arrow)"}
      />
    ),
  };
}

/** The y of the middle of row `index`. */
function middleOf(index: number, rowHeight: number): number {
  return index * rowHeight + rowHeight / 2;
}

function rowAt(rows: readonly GanttRow[], index: number): GanttRow {
  const row = rows[index];
  if (!row) throw new Error(`no row ${index}`);
  return row;
}

function linkAt(linked: readonly DrawableLink[], index: number): DrawableLink {
  const drawable = linked[index];
  if (!drawable) throw new Error(`no link ${index}`);
  return drawable;
}

/** A date drawn down the whole chart: today, the status date. */
function DateLine(props: {
  readonly className: string;
  readonly x: number;
  readonly height: number;
}) {
  const { className, x, height } = props;
  return <line className={className} x1={x} x2={x} y1={0} y2={height} />;
}

function Arrowhead({ id, className }: { readonly id: string; readonly className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 8 8"
      refX="7"
      refY="4"
      markerWidth="7"
      markerHeight="7"
      orient="auto"
    >
      <path d="M0,0L8,4L0,8z" className={className} />
    </marker>
  );
}
