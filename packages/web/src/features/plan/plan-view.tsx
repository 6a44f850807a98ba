import { ActionIcon, Text } from "@mantine/core";
import type { Link, Plan, Task, TaskBatchOperation, TaskUpdate } from "@orrery/contracts/plans";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { EditableCell } from "./editable-cell.js";
import { GanttChart } from "./gantt/gantt-chart.js";
import { GanttHeader } from "./gantt/gantt-header.js";
import { rowWindow } from "./gantt/row-window.js";
import { timeScale, xOf, type Zoom } from "./gantt/time-scale.js";
import { MINUTES_PER_DAY, wallMinute, wallNow } from "./gantt/wall-clock.js";
import {
  formatDuration,
  formatFloat,
  formatWallDate,
  formatWallDateTime,
  unitLengths,
} from "./plan-format.js";
import { predecessorCells, predecessorEdits } from "./plan-links.js";
import { dateRange, type PlanRow } from "./plan-rows.js";
import { parseDuration, parseName, parsePercent } from "./task-edits.js";

export const ROW_HEIGHT = 28;

interface Column {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: "right";
}

const COLUMNS: readonly Column[] = [
  { key: "row", label: "#", width: 40, align: "right" },
  { key: "wbs", label: "WBS", width: 52 },
  { key: "name", label: "Task name", width: 210 },
  { key: "duration", label: "Duration", width: 66, align: "right" },
  { key: "start", label: "Start", width: 90 },
  { key: "finish", label: "Finish", width: 90 },
  { key: "predecessors", label: "Predecessors", width: 96 },
  { key: "done", label: "Done", width: 50, align: "right" },
  { key: "float", label: "Float", width: 52, align: "right" },
  { key: "resources", label: "Resources", width: 120 },
];
const GRID_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);

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
  /** Each task's assigned resources, as the read-only Resources column shows them. */
  readonly resourceNames: ReadonlyMap<number, string>;
}

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
  const { resourceNames } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const scroller = useRef<HTMLElement>(null);
  // Measured when the size changes, not on every render: reading clientHeight while React has
  // just changed the rows forces a layout of the whole grid and chart in each scrolled frame.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const range = dateRange(rows) ?? {
    from: wallMinute(plan.start) ?? 0,
    to: wallMinute(plan.start) ?? 0,
  };
  const from = range.from - MARGIN_DAYS * MINUTES_PER_DAY;
  const to = range.to + MARGIN_DAYS * MINUTES_PER_DAY;
  const scale = timeScale(zoom, from);
  const chartWidth = Math.ceil(xOf(scale, to));
  const window = rowWindow(scrollTop, viewport, ROW_HEIGHT, rows.length);
  const lengths = useMemo(() => unitLengths(plan), [plan]);
  const predecessors = useMemo(
    () => predecessorCells(links, rowOf, lengths),
    [links, rowOf, lengths],
  );
  const uidOfRow = useMemo(() => new Map([...rowOf].map(([uid, row]) => [row, uid])), [rowOf]);
  const statusDate = plan.statusDate === null ? null : wallMinute(plan.statusDate);
  const duration = (task: Task) =>
    formatDuration(
      task.durationMinutes,
      task.durationUnit,
      task.durationElapsed,
      plan,
      task.durationEstimated,
    );

  return (
    <section
      className="plan-scroller"
      aria-label="Plan: task grid and Gantt chart"
      // Focusable so the keyboard can scroll it.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      ref={scroller}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="plan-canvas" style={{ width: GRID_WIDTH + chartWidth }}>
        <table
          className="plan-grid"
          aria-label="Tasks"
          aria-rowcount={rows.length + 1}
          style={{ width: GRID_WIDTH }}
        >
          <colgroup>
            {COLUMNS.map((column) => (
              <col key={column.key} style={{ width: column.width }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" style={{ textAlign: column.align }}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="plan-spacer" style={{ height: window.first * ROW_HEIGHT }} />
            {rows.slice(window.first, window.end).map((row, offset) => {
              const task = row.task;
              return (
                <tr
                  key={row.uid}
                  aria-rowindex={window.first + offset + 2}
                  className={row.summary ? "plan-row-summary" : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  <Cell column={0}>{task.position}</Cell>
                  <Cell column={1}>{task.wbs ?? ""}</Cell>
                  <Cell column={2}>
                    <span
                      className="plan-name"
                      style={{ paddingLeft: (task.outlineLevel - 1) * 16 }}
                    >
                      {row.hasChildren ? (
                        <ActionIcon
                          size="xs"
                          variant="subtle"
                          color="gray"
                          aria-label={`${row.collapsed ? "Expand" : "Collapse"} ${task.name}`}
                          aria-expanded={!row.collapsed}
                          onClick={() => onToggle(row.uid)}
                        >
                          {row.collapsed ? (
                            <IconChevronRight size={14} aria-hidden />
                          ) : (
                            <IconChevronDown size={14} aria-hidden />
                          )}
                        </ActionIcon>
                      ) : (
                        <span className="plan-name-spacer" />
                      )}
                      <EditableCell
                        label={`Name of row ${task.position}`}
                        text={task.name}
                        parse={parseName}
                        onCommit={(patch) => onEdit(task, patch)}
                        editable={editable}
                      >
                        <Text span inherit truncate>
                          {task.name}
                        </Text>
                      </EditableCell>
                    </span>
                  </Cell>
                  <Cell column={3}>
                    <EditableCell
                      label={`Duration of ${task.name}`}
                      text={duration(task)}
                      parse={(text) => parseDuration(text, plan)}
                      onCommit={(patch) => onEdit(task, patch)}
                      editable={editable && !task.summary}
                    >
                      {duration(task)}
                    </EditableCell>
                  </Cell>
                  <Cell column={4} title={formatWallDateTime(task.start)}>
                    {formatWallDate(task.start)}
                  </Cell>
                  <Cell column={5} title={formatWallDateTime(task.finish)}>
                    {formatWallDate(task.finish)}
                  </Cell>
                  <Cell column={6}>
                    <EditableCell
                      label={`Predecessors of ${task.name}`}
                      text={predecessors.get(row.uid) ?? ""}
                      parse={(text) => predecessorEdits(row.uid, text, links, uidOfRow, lengths)}
                      onCommit={(operations) => {
                        if (operations.length > 0) onBatch(task, operations);
                      }}
                      editable={editable}
                    >
                      {predecessors.get(row.uid) ?? ""}
                    </EditableCell>
                  </Cell>
                  <Cell column={7}>
                    <EditableCell
                      label={`Percent complete of ${task.name}`}
                      text={`${+task.percentComplete.toFixed(1)}%`}
                      parse={parsePercent}
                      onCommit={(patch) => onEdit(task, patch)}
                      editable={editable && !task.summary}
                    >
                      {`${+task.percentComplete.toFixed(1)}%`}
                    </EditableCell>
                  </Cell>
                  <Cell column={8}>{formatFloat(task.totalFloatMinutes, plan)}</Cell>
                  <Cell column={9} title={resourceNames.get(task.uid)}>
                    {resourceNames.get(task.uid) ?? ""}
                  </Cell>
                </tr>
              );
            })}
            <tr
              className="plan-spacer"
              style={{ height: (rows.length - window.end) * ROW_HEIGHT }}
            />
          </tbody>
        </table>
        <div className="plan-timeline">
          <div className="plan-timeline-head">
            <GanttHeader scale={scale} from={from} to={to} width={chartWidth} />
          </div>
          <GanttChart
            rows={rows}
            links={links}
            scale={scale}
            width={chartWidth}
            rowHeight={ROW_HEIGHT}
            window={window}
            today={wallNow()}
            statusDate={statusDate}
            showBaseline={showBaseline}
          />
        </div>
      </div>
    </section>
  );
}

function Cell({
  column,
  title,
  children,
}: {
  readonly column: number;
  readonly title?: string;
  readonly children: React.ReactNode;
}) {
  return (
    <td title={title} style={{ textAlign: COLUMNS[column]?.align }}>
      {children}
    </td>
  );
}
