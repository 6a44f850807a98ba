import type { Link, Plan, Task, TaskBatchOperation, TaskUpdate } from "@orrery/contracts/plans";
import { useLayoutEffect, useMemo, useRef } from "react";
import { taskCalendarOf } from "../calendars/calendar-usage.js";
import type { RowWindow } from "./gantt/row-window.js";
import type { WallMinute } from "./gantt/wall-clock.js";
import {
  cellClass,
  columnTemplate,
  GRID_COLUMNS,
  gridWidth,
  NAME_COLUMN,
  VARIANCE_TABLE,
} from "./grid-columns.js";
import { unitLengths } from "./plan-format.js";
import { predecessorCells, predecessorEdits } from "./plan-links.js";
import type { PlanRow } from "./plan-rows.js";
import { extendSelection, type RowSelection, rowFrom, selectRow } from "./row-selection.js";
import { type GridRowActions, TaskGridRow } from "./task-grid-row.js";
import type { VarianceByTask } from "./variance-columns.js";

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
  /** The plan's calendars by UID: a task's own calendar is typed by name, empty for none. */
  readonly calendarNames: ReadonlyMap<number, string>;
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
  const { onMoveTask, resourceNames, calendarNames, variance } = props;
  const columns = variance ? VARIANCE_TABLE : GRID_COLUMNS;
  const { plan, rows, rowOf, links, window, rowHeight, editable } = props;
  const { selection, selected, onSelectionChange, onRowKey, focusRequest, onFocusDone } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  // Set while the keyboard moves focus itself, so the focus handler leaves the selection be.
  const movingFocus = useRef(false);
  // Kept while the plan's units stay, so an edit that moves the plan's version re-renders only
  // the rows the server changed.
  const { minutesPerDay, minutesPerWeek } = plan;
  const lengths = useMemo(
    () => unitLengths({ minutesPerDay, minutesPerWeek }),
    [minutesPerDay, minutesPerWeek],
  );
  const predecessors = useMemo(
    () => predecessorCells(links, rowOf, lengths),
    [links, rowOf, lengths],
  );
  const shownUids = useMemo(() => new Set(rows.map((row) => row.uid)), [rows]);
  const uidOfRow = useMemo(() => new Map([...rowOf].map(([uid, row]) => [row, uid])), [rowOf]);
  const latest = useRef(props);
  latest.current = props;
  const context = useRef({ links, uidOfRow, lengths, calendarNames });
  context.current = { links, uidOfRow, lengths, calendarNames };
  const actions = useMemo<GridRowActions>(
    () => ({
      toggle: (uid) => latest.current.onToggle(uid),
      edit: (task, patch) => latest.current.onEdit(task, patch),
      batch: (task, operations) => latest.current.onBatch(task, operations),
      move: (task, start) => latest.current.onMoveTask?.(task, start),
      parsePredecessors: (uid, text) => {
        const { links, uidOfRow, lengths } = context.current;
        return predecessorEdits(uid, text, links, uidOfRow, lengths);
      },
      parseCalendar: (text) => taskCalendarOf(text, context.current.calendarNames),
    }),
    [],
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

  // Looked up in a set kept per list: a scan of the rows in every scrolled frame adds up.
  const keyRow = shownUids.has(selection.focus ?? Number.NaN) ? selection.focus : rows[0]?.uid;

  // Laid out as blocks, not as a table (the stylesheet says why); browsers keep a table's
  // semantics whatever its display.
  return (
    <table
      className="plan-grid"
      aria-label="Tasks"
      aria-rowcount={rows.length + 1}
      style={
        {
          width: gridWidth(variance),
          "--plan-columns": columnTemplate(columns),
          "--plan-row-height": `${rowHeight}px`,
        } as React.CSSProperties
      }
    >
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={
                [column.wraps ? "plan-th-wraps" : "", cellClass(column) ?? ""].join(" ").trim() ||
                undefined
              }
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody
        ref={body}
        // The rows before the window are a padding, so those shown sit where they belong.
        style={{ height: rows.length * rowHeight, paddingTop: window.first * rowHeight }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onClick={onClick}
      >
        {rows.slice(window.first, window.end).map((row, offset) => (
          <TaskGridRow
            key={row.uid}
            row={row}
            ariaRowIndex={window.first + offset + 2}
            selected={selected.has(row.uid)}
            keyRow={row.uid === keyRow}
            lengths={lengths}
            predecessors={predecessors.get(row.uid) ?? ""}
            resources={resourceNames.get(row.uid)}
            calendar={
              row.task.calendarUid === null ? "" : (calendarNames.get(row.task.calendarUid) ?? "")
            }
            variance={variance ? (variance.get(row.uid) ?? null) : undefined}
            editable={editable}
            movable={onMoveTask !== undefined}
            actions={actions}
          />
        ))}
      </tbody>
    </table>
  );
}
