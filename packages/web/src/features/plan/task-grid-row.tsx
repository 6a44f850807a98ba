import type { Task, TaskBatchOperation, TaskComparison, TaskUpdate } from "@orrery/contracts/plans";
import type { DurationUnitLengths } from "@orrery/interop/tabular/duration-notation";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { memo } from "react";
import { type CellParse, EditableCell, type EditableCellProps } from "./editable-cell.js";
import type { WallMinute } from "./gantt/wall-clock.js";
import { CELL_PADDING, cellClass, GRID_COLUMNS, mayOverflow } from "./grid-columns.js";
import { formatDuration, formatFloat, formatWallDate, formatWallDateTime } from "./plan-format.js";
import type { PlanRow } from "./plan-rows.js";
import { parseStartDay } from "./start-day.js";
import { parseDuration, parseName, parsePercent } from "./task-edits.js";
import { VarianceCells } from "./variance-columns.js";

/** The indent of each outline level, and the toggle's room with its gap before the name. */
const INDENT = 16;
const TOGGLE = 20;

/**
 * What a row's cells do, as one object that keeps its identity for the grid's life (it calls
 * the grid's latest props), so that passing it does not defeat the rows' memo.
 */
export interface GridRowActions {
  toggle(uid: number): void;
  edit(task: Task, patch: TaskUpdate): void;
  batch(task: Task, operations: TaskBatchOperation[]): void;
  move(task: Task, start: WallMinute): void;
  parsePredecessors(uid: number, text: string): CellParse<TaskBatchOperation[]>;
  parseCalendar(text: string): CellParse<{ calendarUid: number | null }>;
}

export interface TaskGridRowProps {
  readonly row: PlanRow;
  readonly ariaRowIndex: number;
  readonly selected: boolean;
  /** The row whose number cell takes the keyboard into the grid. */
  readonly keyRow: boolean;
  readonly lengths: DurationUnitLengths;
  readonly predecessors: string;
  readonly resources: string | undefined;
  /** The task's own calendar by name; empty when it follows the project calendar. */
  readonly calendar: string;
  /**
   * With the variance table shown, the task's comparison with the baseline (null: the task is
   * not in it) in place of the columns after Finish; undefined shows the entry columns.
   */
  readonly variance?: TaskComparison | null | undefined;
  readonly editable: boolean;
  readonly movable: boolean;
  readonly actions: GridRowActions;
}

/**
 * One task's row. Memoised on what it shows: scrolling mounts only the rows coming into view,
 * and an edit re-renders only the rows whose task the server changed.
 */
export const TaskGridRow = memo(function TaskGridRow(props: TaskGridRowProps) {
  const { row, ariaRowIndex, selected, keyRow, lengths, predecessors } = props;
  const { resources, calendar, variance, editable, movable, actions } = props;
  const task = row.task;
  const duration = formatDuration(
    task.durationMinutes,
    task.durationUnit,
    task.durationElapsed,
    lengths,
    task.durationEstimated,
  );
  const percent = `${+task.percentComplete.toFixed(1)}%`;
  const start = formatWallDate(task.start);
  // Cells carry classes, not inline styles (the name's indent aside): Chromium shares the
  // computed style of elements whose matched rules are equal, which an inline style defeats.
  const cell = (column: number, text: string, title?: string, tabIndex = -1) => (
    <td title={title} tabIndex={tabIndex} className={cellClass(GRID_COLUMNS[column], text)}>
      {text}
    </td>
  );
  // An editable value: the text is in the cell's button, which clips it when it may not fit.
  const edited = <T,>(
    column: number,
    props: Omit<EditableCellProps<T>, "children" | "clip">,
    title?: string,
  ) => {
    const definition = GRID_COLUMNS[column];
    if (!props.editable) return cell(column, props.text, title);
    return (
      <td title={title} tabIndex={-1} className={cellClass(definition)}>
        <EditableCell
          {...props}
          clip={definition !== undefined && mayOverflow(definition, props.text)}
        >
          {props.text}
        </EditableCell>
      </td>
    );
  };
  return (
    <tr
      data-uid={row.uid}
      aria-rowindex={ariaRowIndex}
      aria-selected={selected}
      className={[row.summary ? "plan-row-summary" : "", selected ? "plan-row-selected" : ""]
        .join(" ")
        .trim()}
    >
      {/* The row number is where the keyboard enters the grid (a read-only plan too). */}
      {cell(0, String(task.position), undefined, keyRow ? 0 : -1)}
      {cell(1, task.wbs ?? "")}
      {/* The name cell: its padding indents the outline, and a leaf's leaves room for the
          toggle its summary has. */}
      <td
        tabIndex={-1}
        className="plan-name"
        style={{
          paddingLeft:
            CELL_PADDING + (task.outlineLevel - 1) * INDENT + (row.hasChildren ? 0 : TOGGLE),
        }}
      >
        {row.hasChildren ? (
          // Plain elements in rows: scrolling mounts a screenful of rows a second, and a
          // Mantine component costs several times a button.
          <button
            type="button"
            className="plan-toggle"
            aria-label={`${row.collapsed ? "Expand" : "Collapse"} ${task.name}`}
            aria-expanded={!row.collapsed}
            onClick={() => actions.toggle(row.uid)}
          >
            {row.collapsed ? (
              <IconChevronRight size={14} aria-hidden />
            ) : (
              <IconChevronDown size={14} aria-hidden />
            )}
          </button>
        ) : null}
        <EditableCell
          label={`Name of row ${task.position}`}
          text={task.name}
          parse={parseName}
          onCommit={(patch) => actions.edit(task, patch)}
          editable={editable}
          // Indented, a name's room varies: it is always clipped.
          clip
        >
          {editable ? task.name : <span className="plan-name-text">{task.name}</span>}
        </EditableCell>
      </td>
      {variance === undefined
        ? edited(3, {
            label: `Duration of ${task.name}`,
            text: duration,
            parse: (text) => parseDuration(text, lengths),
            onCommit: (patch) => actions.edit(task, patch),
            editable: editable && !task.summary,
          })
        : null}
      {edited(
        4,
        {
          label: `Start of ${task.name}`,
          text: start,
          parse: parseStartDay,
          // A typed start is a move: the same constraint, the same note.
          onCommit: (day) => actions.move(task, day),
          editable: editable && !task.summary && movable,
        },
        formatWallDateTime(task.start),
      )}
      {cell(5, formatWallDate(task.finish), formatWallDateTime(task.finish))}
      {variance !== undefined ? (
        <VarianceCells item={variance ?? undefined} plan={lengths} />
      ) : (
        <>
          {edited(6, {
            label: `Predecessors of ${task.name}`,
            text: predecessors,
            parse: (text) => actions.parsePredecessors(row.uid, text),
            onCommit: (operations) => {
              if (operations.length > 0) actions.batch(task, operations);
            },
            editable,
          })}
          {edited(7, {
            label: `Percent complete of ${task.name}`,
            text: percent,
            parse: parsePercent,
            onCommit: (patch) => actions.edit(task, patch),
            editable: editable && !task.summary,
          })}
          {cell(8, formatFloat(task.totalFloatMinutes, lengths))}
          {cell(9, resources ?? "", resources)}
          {edited(10, {
            label: `Calendar of ${task.name}`,
            text: calendar,
            parse: actions.parseCalendar,
            onCommit: (patch) => actions.edit(task, patch),
            editable: editable && !task.summary,
          })}
        </>
      )}
    </tr>
  );
}, sameRow);

/**
 * Every prop but `row`, which is compared by what it shows. A record, so that a prop added to
 * the row and not here fails to compile rather than leaving rows stale.
 */
const COMPARED_PROPS: Record<Exclude<keyof TaskGridRowProps, "row">, true> = {
  ariaRowIndex: true,
  selected: true,
  keyRow: true,
  lengths: true,
  predecessors: true,
  resources: true,
  calendar: true,
  variance: true,
  editable: true,
  movable: true,
  actions: true,
};
const COMPARED = Object.keys(COMPARED_PROPS) as (keyof typeof COMPARED_PROPS)[];

/**
 * Rows are rebuilt whenever the plan's list is, but a row shows its task (kept by identity
 * across edits it was not part of) and its place in the outline.
 */
function sameRow(a: TaskGridRowProps, b: TaskGridRowProps): boolean {
  // A fixed list, not Object.keys: this runs for every row shown in every scrolled frame.
  for (const name of COMPARED) if (a[name] !== b[name]) return false;
  return (
    a.row.task === b.row.task &&
    a.row.hasChildren === b.row.hasChildren &&
    a.row.collapsed === b.row.collapsed
  );
}
