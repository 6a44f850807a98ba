import type { Link, Plan, Task, TaskBatchOperation, TaskUpdate } from "@orrery/contracts/plans";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { GanttChart } from "./gantt/gantt-chart.js";
import { GanttHeader } from "./gantt/gantt-header.js";
import { rowWindow } from "./gantt/row-window.js";
import { minuteAt, timeScale, xOf, type Zoom } from "./gantt/time-scale.js";
import { MINUTES_PER_DAY, type WallMinute, wallMinute, wallNow } from "./gantt/wall-clock.js";
import { xWindow } from "./gantt/x-window.js";
import { gridWidth } from "./grid-columns.js";
import { dateRange, type PlanRow } from "./plan-rows.js";

import { type GridSelection, TaskGrid } from "./task-grid.js";
import type { VarianceByTask } from "./variance-columns.js";

export const ROW_HEIGHT = 28;

export interface PlanViewProps {
  readonly plan: Plan;
  readonly rows: readonly PlanRow[];
  /** Every task's row number (its position in the outline), for the predecessors column. */
  readonly rowOf: ReadonlyMap<number, number>;
  readonly links: readonly Link[];
  readonly zoom: Zoom;
  /** Draws each task's baseline bar under its current one. */
  readonly showBaseline: boolean;
  readonly onToggle: (uid: number) => void;
  /** Whether the caller may edit the plan, and what to do with an edit. */
  readonly editable: boolean;
  readonly onEdit: (task: Task, patch: TaskUpdate) => void;
  /** Applies operations in one batch (a typed Predecessors cell). */
  readonly onBatch: (task: Task, operations: TaskBatchOperation[]) => void;
  /** Drags in the Gantt, offered when `editable`: a bar moved, its end dragged, a link drawn. */
  readonly onMoveTask?: (task: Task, start: WallMinute) => void;
  readonly onResizeTask?: (task: Task, until: WallMinute) => void;
  readonly onLinkTasks?: (predecessor: Task, successor: Task) => void;
  /** The grid's row selection and keyboard, kept by the page for the row operations. */
  readonly selection: GridSelection;
  /** Each task's assigned resources, as the read-only Resources column shows them. */
  readonly resourceNames: ReadonlyMap<number, string>;
  /** The plan's calendars by UID, for the Calendar column. */
  readonly calendarNames: ReadonlyMap<number, string>;
  /** The variance against the baseline shown, when its columns are on. */
  readonly variance?: VarianceByTask | null;
}

/**
 * Rows the window moves by, and rows rendered beyond it. The compositor scrolls on its own
 * thread, ahead of React: rows ahead of the view in the scroll's direction must cover the frames
 * the main thread can fall behind (a garbage collection and a render, three frames of a brisk
 * scroll at a step a frame); behind it, enough for a turn.
 */
const WINDOW_STEP = 8;
const AHEAD = 28;
const BEHIND = 8;
/** The chart's drawn part moves sideways in steps of this many pixels. */
const X_STEP = 400;

/** Margin of time shown before the first and after the last bar. */
const MARGIN_DAYS = 7;

/**
 * The plan as MS Project users know it: the task grid beside the Gantt chart, in one scroll
 * area so rows always line up. The grid stays put while the chart scrolls sideways; only the
 * rows in view are rendered, so ten thousand tasks scroll like ten.
 */
export function PlanView(props: PlanViewProps) {
  const { plan, rows, rowOf, links, zoom, showBaseline, onToggle, editable, onEdit, onBatch } =
    props;
  const {
    selection,
    onMoveTask,
    onResizeTask,
    onLinkTasks,
    resourceNames,
    calendarNames,
    variance,
  } = props;
  // Which step of rows the view is scrolled to, and which way it went last: the window moves
  // by WINDOW_STEP rows, not by pixels, so most scrolled frames leave the state alone and React
  // renders nothing.
  const [{ band, down }, setBand] = useState({ band: 0, down: true });
  const [xBand, setXBand] = useState(0);
  const [viewport, setViewport] = useState({ width: 1000, height: 600 });
  const scroller = useRef<HTMLElement>(null);
  // Measured when the size changes, not on every render: reading clientHeight while React has
  // just changed the rows forces a layout of the whole grid and chart in each scrolled frame.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setViewport((was) =>
        was.width === element.clientWidth && was.height === element.clientHeight
          ? was
          : { width: element.clientWidth, height: element.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const range = useMemo(() => dateRange(rows), [rows]) ?? {
    from: wallMinute(plan.start) ?? 0,
    to: wallMinute(plan.start) ?? 0,
  };
  const from = range.from - MARGIN_DAYS * MINUTES_PER_DAY;
  const to = range.to + MARGIN_DAYS * MINUTES_PER_DAY;
  // Kept while zoom and start stay, so the header is not drawn again in every scrolled frame.
  const scale = useMemo(() => timeScale(zoom, from), [zoom, from]);
  const chartWidth = Math.ceil(xOf(scale, to));
  const drawn = xWindow(xBand * X_STEP, viewport.width, X_STEP);
  const window = rowWindow(
    band * WINDOW_STEP * ROW_HEIGHT,
    viewport.height + WINDOW_STEP * ROW_HEIGHT,
    ROW_HEIGHT,
    rows.length,
    down ? { before: BEHIND, after: AHEAD } : { before: AHEAD, after: BEHIND },
  );
  // A row asked for (a link to a task, a row just inserted) but outside the rendered window is
  // scrolled to first; the grid then focuses it once it is rendered.
  const wanted = selection.focusRequest?.uid;
  useLayoutEffect(() => {
    const element = scroller.current;
    // Runs whenever the window moves: look the row up only when one is asked for.
    if (!element || wanted === undefined) return;
    const index = rows.findIndex((row) => row.uid === wanted);
    if (index < 0 || (index >= window.first && index < window.end)) return;
    element.scrollTop = Math.max(0, index * ROW_HEIGHT - viewport.height / 2);
  }, [wanted, rows, window.first, window.end, viewport.height]);
  const statusDate = plan.statusDate === null ? null : wallMinute(plan.statusDate);
  const taskOf = useMemo(() => new Map(rows.map((row) => [row.uid, row.task])), [rows]);
  // The chart speaks in task UIDs; the edits need the task (its version, its name).
  const dropped =
    <A,>(edit: (task: Task, at: A) => void) =>
    (uid: number, at: A) => {
      const task = taskOf.get(uid);
      if (task) edit(task, at);
    };

  return (
    <section
      className="plan-scroller"
      aria-label="Plan: task grid and Gantt chart"
      // Focusable so the keyboard can scroll it.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      ref={scroller}
      onScroll={(event) => {
        const next = Math.floor(event.currentTarget.scrollTop / (WINDOW_STEP * ROW_HEIGHT));
        setBand((was) => (next === was.band ? was : { band: next, down: next > was.band }));
        setXBand(Math.floor(event.currentTarget.scrollLeft / X_STEP));
      }}
    >
      <div className="plan-canvas" style={{ width: gridWidth(variance) + chartWidth }}>
        <TaskGrid
          plan={plan}
          rows={rows}
          rowOf={rowOf}
          links={links}
          window={window}
          rowHeight={ROW_HEIGHT}
          onToggle={onToggle}
          editable={editable}
          onEdit={onEdit}
          onBatch={onBatch}
          onMoveTask={editable ? onMoveTask : undefined}
          resourceNames={resourceNames}
          calendarNames={calendarNames}
          variance={variance}
          {...selection}
        />
        <div className="plan-timeline">
          <div className="plan-timeline-head">
            <GanttHeader
              scale={scale}
              from={Math.max(from, minuteAt(scale, drawn.left))}
              to={Math.min(to, minuteAt(scale, drawn.right))}
              width={chartWidth}
            />
          </div>
          <GanttChart
            rows={rows}
            links={links}
            scale={scale}
            width={chartWidth}
            rowHeight={ROW_HEIGHT}
            window={window}
            drawn={drawn}
            today={wallNow()}
            statusDate={statusDate}
            showBaseline={showBaseline}
            onMoveTask={editable && onMoveTask ? dropped(onMoveTask) : undefined}
            onResizeTask={editable && onResizeTask ? dropped(onResizeTask) : undefined}
            onLinkTasks={
              editable && onLinkTasks
                ? (from, to) => {
                    const [predecessor, successor] = [taskOf.get(from), taskOf.get(to)];
                    if (predecessor && successor) onLinkTasks(predecessor, successor);
                  }
                : undefined
            }
          />
        </div>
      </div>
    </section>
  );
}
