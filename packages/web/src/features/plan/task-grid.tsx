import { ActionIcon, Text } from "@mantine/core";
import type { Link, Plan, Task, TaskBatchOperation, TaskUpdate } from "@orrery/contracts/plans";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useLayoutEffect, useMemo, useRef } from "react";
import { EditableCell } from "./editable-cell.js";
import type { RowWindow } from "./gantt/row-window.js";
import type { WallMinute } from "./gantt/wall-clock.js";
import {
  formatDuration,
  formatFloat,
  formatWallDate,
  formatWallDateTime,
  unitLengths,
} from "./plan-format.js";
import { predecessorCells, predecessorEdits } from "./plan-links.js";
import type { PlanRow } from "./plan-rows.js";
import { extendSelection, type RowSelection, rowFrom, selectRow } from "./row-selection.js";
import { parseStartDay } from "./start-day.js";
import { parseDuration, parseName, parsePercent } from "./task-edits.js";
import { VARIANCE_COLUMNS, type VarianceByTask, VarianceCells } from "./variance-columns.js";

export interface GridColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: "right";
  /** A long heading that breaks over two lines. */
  readonly wraps?: true;
}

const COLUMNS: readonly GridColumn[] = [
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
const widthOf = (columns: readonly GridColumn[]) => columns.reduce((sum, c) => sum + c.width, 0);
export const GRID_WIDTH = widthOf(COLUMNS);

/**
 * MS Project's Variance table: the entry columns that say where a task is, then the variance
 * columns in place of the rest (duration, links, progress, float, resources), so the grid
 * keeps its width and the variances stay in view beside the chart.
 */
const VARIANCE_TABLE: readonly GridColumn[] = [
  ...COLUMNS.filter((c) => ["row", "wbs", "name", "start", "finish"].includes(c.key)),
  ...VARIANCE_COLUMNS,
];
const NAME_COLUMN = 2;

/** A row the grid should put the keyboard on once it is shown (a row just inserted or moved). */
export interface FocusRequest {
  readonly uid: number;
  /** Opens the name for typing, as after inserting a row. */
  readonly editName: boolean;
}

export interface TaskGridProps {
  readonly plan: Plan;
  readonly rows: readonly PlanRow[];
  readonly rowOf: ReadonlyMap<number, number>;
  readonly links: readonly Link[];
  readonly window: RowWindow;
  readonly rowHeight: number;
  readonly onToggle: (uid: number) => void;
  readonly editable: boolean;
  readonly onEdit: (task: Task, patch: TaskUpdate) => void;
  readonly onBatch: (task: Task, operations: TaskBatchOperation[]) => void;
  /** Each task's assigned resources, as the read-only Resources column shows them. */
  readonly resourceNames: ReadonlyMap<number, string>;
  /** A typed start: moves the task as dragging its bar does. */
  readonly onMoveTask?: ((task: Task, start: WallMinute) => void) | undefined;
  readonly selection: RowSelection;
  readonly selected: ReadonlySet<number>;
  readonly onSelectionChange: (selection: RowSelection) => void;
  /** The plan's own keys (row operations); answers whether it used the key. */
  readonly onRowKey: (event: React.KeyboardEvent) => boolean;
  readonly focusRequest: FocusRequest | null;
  readonly onFocusDone: () => void;
  /** The variance against a baseline: adds MS Project's Variance columns when given. */
  readonly variance?: VarianceByTask | null | undefined;
}

/** The grid's width, with the variance columns when they are shown. */
export function gridWidth(variance: VarianceByTask | null | undefined): number {
  return variance ? widthOf(VARIANCE_TABLE) : GRID_WIDTH;
}

/** What the page keeps of the grid: the selected rows, the plan's keys, where focus goes next. */
export type GridSelection = Pick<
  TaskGridProps,
  "selection" | "selected" | "onSelectionChange" | "onRowKey" | "focusRequest" | "onFocusDone"
>;

/** The cell's control when it has one (an editable value), else the cell itself. */
function focusTarget(cell: Element | null | undefined): HTMLElement | null {
  const control = cell?.querySelector<HTMLElement>(".plan-cell-button");
  if (control) return control;
  return cell instanceof HTMLElement ? cell : null;
}

/**
 * The task grid: MS Project's columns, edited in place. Rows are selected by click, Shift+click
 * and the arrow keys (Shift extends); the arrows move between cells as in a spreadsheet.
 */
export function TaskGrid(props: TaskGridProps) {
  const { onMoveTask, resourceNames, variance } = props;
  const columns = variance ? VARIANCE_TABLE : COLUMNS;
  const { plan, rows, rowOf, links, window, rowHeight, onToggle, editable, onEdit, onBatch } =
    props;
  const { selection, selected, onSelectionChange, onRowKey, focusRequest, onFocusDone } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  // Set while the keyboard moves focus itself, so the focus handler leaves the selection be.
  const movingFocus = useRef(false);
  const lengths = useMemo(() => unitLengths(plan), [plan]);
  const predecessors = useMemo(
    () => predecessorCells(links, rowOf, lengths),
    [links, rowOf, lengths],
  );
  const uidOfRow = useMemo(() => new Map([...rowOf].map(([uid, row]) => [row, uid])), [rowOf]);
  const duration = (task: Task) =>
    formatDuration(
      task.durationMinutes,
      task.durationUnit,
      task.durationElapsed,
      plan,
      task.durationEstimated,
    );

  const cellAt = (uid: number, column: number) =>
    body.current?.querySelector(`tr[data-uid="${uid}"]`)?.children.item(column);
  const focusCell = (uid: number, column: number) => {
    const target = focusTarget(cellAt(uid, column));
    if (!target) return false;
    movingFocus.current = true;
    target.focus();
    target.scrollIntoView({ block: "nearest" });
    movingFocus.current = false;
    return true;
  };

  useLayoutEffect(() => {
    if (!focusRequest || !rows.some((row) => row.uid === focusRequest.uid)) return;
    if (!focusCell(focusRequest.uid, NAME_COLUMN)) return;
    if (focusRequest.editName) focusTarget(cellAt(focusRequest.uid, NAME_COLUMN))?.click();
    onFocusDone();
  });

  const rowUidOf = (element: EventTarget) =>
    element instanceof Element
      ? Number(element.closest("tr")?.dataset.uid ?? Number.NaN)
      : Number.NaN;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement) return;
    if (onRowKey(event)) {
      event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const cell = event.target instanceof Element ? event.target.closest("td") : null;
    const column = cell?.cellIndex ?? 0;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      const uid = rowFrom(rows, selection, event.key === "ArrowUp" ? -1 : 1);
      if (uid === null) return;
      event.preventDefault();
      onSelectionChange(event.shiftKey ? extendSelection(selection, uid) : selectRow(uid));
      focusCell(uid, column);
    } else if ((event.key === "ArrowLeft" || event.key === "ArrowRight") && !event.shiftKey) {
      const uid = rowUidOf(event.target);
      const next = column + (event.key === "ArrowLeft" ? -1 : 1);
      if (Number.isNaN(uid) || next < 0 || next >= columns.length) return;
      event.preventDefault();
      focusCell(uid, next);
    }
  };

  const onFocus = (event: React.FocusEvent) => {
    const uid = rowUidOf(event.target);
    if (!movingFocus.current && !Number.isNaN(uid) && uid !== selection.focus)
      onSelectionChange(selectRow(uid));
  };

  const onClick = (event: React.MouseEvent) => {
    const uid = rowUidOf(event.target);
    if (Number.isNaN(uid)) return;
    onSelectionChange(event.shiftKey ? extendSelection(selection, uid) : selectRow(uid));
  };

  const keyRow = rows.some((row) => row.uid === selection.focus) ? selection.focus : rows[0]?.uid;

  return (
    <table
      className="plan-grid"
      aria-label="Tasks"
      aria-rowcount={rows.length + 1}
      style={{ width: gridWidth(variance) }}
    >
      <colgroup>
        {columns.map((column) => (
          <col key={column.key} style={{ width: column.width }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.wraps ? "plan-th-wraps" : undefined}
              style={{ textAlign: column.align }}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown} onFocus={onFocus} onClick={onClick}>
        <tr className="plan-spacer" style={{ height: window.first * rowHeight }} />
        {rows.slice(window.first, window.end).map((row, offset) => {
          const task = row.task;
          const isSelected = selected.has(row.uid);
          return (
            <tr
              key={row.uid}
              data-uid={row.uid}
              aria-rowindex={window.first + offset + 2}
              aria-selected={isSelected}
              className={[
                row.summary ? "plan-row-summary" : "",
                isSelected ? "plan-row-selected" : "",
              ]
                .join(" ")
                .trim()}
              style={{ height: rowHeight }}
            >
              {/* The row number is where the keyboard enters the grid (a read-only plan too). */}
              <Cell column={0} tabIndex={row.uid === keyRow ? 0 : -1}>
                {task.position}
              </Cell>
              <Cell column={1}>{task.wbs ?? ""}</Cell>
              <Cell column={2}>
                <span className="plan-name" style={{ paddingLeft: (task.outlineLevel - 1) * 16 }}>
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
              {variance ? null : (
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
              )}
              <Cell column={4} title={formatWallDateTime(task.start)}>
                <EditableCell
                  label={`Start of ${task.name}`}
                  text={formatWallDate(task.start)}
                  parse={parseStartDay}
                  // A typed start is a move: the same constraint, the same note.
                  onCommit={(day) => onMoveTask?.(task, day)}
                  editable={editable && !task.summary && onMoveTask !== undefined}
                >
                  {formatWallDate(task.start)}
                </EditableCell>
              </Cell>
              <Cell column={5} title={formatWallDateTime(task.finish)}>
                {formatWallDate(task.finish)}
              </Cell>
              {variance ? (
                <VarianceCells item={variance.get(task.uid)} plan={plan} />
              ) : (
                <>
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
                </>
              )}
            </tr>
          );
        })}
        <tr className="plan-spacer" style={{ height: (rows.length - window.end) * rowHeight }} />
      </tbody>
    </table>
  );
}

function Cell({
  column,
  title,
  tabIndex = -1,
  children,
}: {
  readonly column: number;
  readonly title?: string;
  readonly tabIndex?: number;
  readonly children: React.ReactNode;
}) {
  return (
    <td title={title} tabIndex={tabIndex} style={{ textAlign: COLUMNS[column]?.align }}>
      {children}
    </td>
  );
}
