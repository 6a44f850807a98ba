// Turns a task list (rows of text cells under a header row, from CSV or an XLSX sheet) into a
// ProjectDocument. All or nothing: every bad cell of every row is reported, with its row and
// column, and no document is produced while any problem remains.

import type {
  AssignmentRecord,
  CalendarDefinition,
  ProjectDocument,
  ResourceRecord,
  TaskLink,
  TaskRecord,
} from "../document/project-document.js";
import { ProjectFileError, type ProjectFileLocation } from "../document/project-file-error.js";
import {
  type CalendarUid,
  toAssignmentUid,
  toResourceUid,
  toTaskUid,
} from "../document/record-uids.js";
import { defaultProjectSettings, earliestDateTime } from "../inferred-project-settings.js";
import {
  BUILTIN_CALENDAR_NAMES,
  builtinCalendar,
  STANDARD_CALENDAR_UID,
  standardCalendar,
} from "./builtin-calendars.js";
import { columnOfHeader, headerOfColumn, type TaskColumn } from "./task-table-columns.js";
import { readTaskRow, type TaskRow } from "./task-table-row.js";

/** A row of cells and where it is in the file. */
export interface TaskTableRow {
  readonly cells: readonly string[];
  /** CSV: the line the row starts on. */
  readonly line?: number;
  /** XLSX: the sheet's row number (the header is usually row 1). */
  readonly sheetRow?: number;
}

/** A header row and the rows under it. */
export interface TaskTable {
  readonly headers: readonly string[];
  readonly rows: readonly TaskTableRow[];
}

/** Where the table came from, for documents and messages. */
export interface TaskTableSource {
  readonly file: string;
  readonly format: "csv" | "xlsx";
  /** The sheet name, for XLSX. */
  readonly table?: string;
}

/** The document with what a reader noticed but did not refuse, or every problem found. */
export type TaskTableReadResult =
  | { readonly ok: true; readonly document: ProjectDocument; readonly notices: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ProjectFileError[] };

/** A row read, with its place. */
interface PlacedRow {
  readonly row: TaskRow;
  readonly dataRow: number;
  readonly source: TaskTableRow;
}

/** Reads a task table; see docs/file-formats.md for the columns. */
export function readTaskTable(table: TaskTable, source: TaskTableSource): TaskTableReadResult {
  const errors: ProjectFileError[] = [];
  const notices: string[] = [];
  const columnIndex = new Map<TaskColumn, number>();
  const headerText = new Map<TaskColumn, string>();
  const ignored: string[] = [];
  table.headers.forEach((header, index) => {
    const column = columnOfHeader(header);
    if (column === undefined) {
      if (header.trim().length > 0) ignored.push(header.trim());
      return;
    }
    if (columnIndex.has(column)) {
      errors.push(
        tableError(
          source,
          `the column "${header.trim()}" appears twice (as "${headerText.get(column)}" too)`,
          "invalid-value",
        ),
      );
      return;
    }
    columnIndex.set(column, index);
    headerText.set(column, header.trim());
  });
  if (!columnIndex.has("name")) {
    errors.push(
      tableError(
        source,
        `there is no Name column (the header row has ${describeHeaders(table.headers)})`,
        "missing-field",
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  if (ignored.length > 0) notices.push(`ignored columns it does not know: ${ignored.join(", ")}`);

  const placed: PlacedRow[] = [];
  let dataRow = 0;
  for (const tableRow of table.rows) {
    if (tableRow.cells.every((cell) => cell.trim().length === 0)) continue;
    dataRow++;
    const cell = (column: TaskColumn) => {
      const index = columnIndex.get(column);
      return index === undefined ? "" : (tableRow.cells[index] ?? "");
    };
    const { row, problems } = readTaskRow(cell);
    for (const { column, problem } of problems) {
      errors.push(
        rowError(
          source,
          tableRow,
          dataRow,
          headerText.get(column) ?? headerOfColumn(column),
          problem,
          cellName(tableRow, columnIndex.get(column)),
        ),
      );
    }
    placed.push({ row, dataRow, source: tableRow });
  }
  if (placed.length === 0 && errors.length === 0) {
    errors.push(tableError(source, "has a header row but no tasks", "missing-field"));
  }
  const fail = (at: PlacedRow, column: TaskColumn, problem: string) =>
    errors.push(
      rowError(
        source,
        at.source,
        at.dataRow,
        headerText.get(column) ?? headerOfColumn(column),
        problem,
        cellName(at.source, columnIndex.get(column)),
      ),
    );
  const document = assemble(placed, source, columnIndex.has("outlineLevel"), fail);
  if (errors.length > 0 || document === undefined) return { ok: false, errors };
  return { ok: true, document, notices };
}

/** The header cells for a message: at most ten, each cut to 40 characters. */
function describeHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 10).map((header) => {
    const trimmed = header.trim();
    return `"${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed}"`;
  });
  if (shown.length === 0) return "no cells";
  return headers.length > shown.length
    ? `${shown.join(", ")} and ${headers.length - shown.length} more`
    : shown.join(", ");
}

function cellName(row: TaskTableRow, columnIndex: number | undefined): string | undefined {
  if (row.sheetRow === undefined || columnIndex === undefined) return undefined;
  return `${columnLetters(columnIndex)}${row.sheetRow}`;
}

/** Spreadsheet column letters of a 0-based index: 0 = A, 25 = Z, 26 = AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function location(
  source: TaskTableSource,
  row?: TaskTableRow,
  dataRow?: number,
): ProjectFileLocation {
  return { file: source.file, table: source.table, line: row?.line, row: dataRow };
}

function tableError(
  source: TaskTableSource,
  problem: string,
  code: "missing-field" | "invalid-value",
): ProjectFileError {
  return new ProjectFileError(code, problem, location(source));
}

function rowError(
  source: TaskTableSource,
  row: TaskTableRow,
  dataRow: number,
  header: string,
  problem: string,
  cell: string | undefined,
): ProjectFileError {
  const where = cell === undefined ? "" : ` (cell ${cell})`;
  return new ProjectFileError(
    "invalid-value",
    `${problem}${where}`,
    location(source, row, dataRow),
    header,
  );
}

/** Ties the rows together: IDs, outline, links, calendars, resources, project start. */
function assemble(
  rows: readonly PlacedRow[],
  source: TaskTableSource,
  hasOutlineColumn: boolean,
  fail: (at: PlacedRow, column: TaskColumn, problem: string) => void,
): ProjectDocument | undefined {
  const ids = rows.map((placed, index) => placed.row.id ?? index + 1);
  const uidOfId = new Map<number, number>();
  const seenUids = new Set<number>();
  rows.forEach((placed, index) => {
    const id = ids[index] ?? index + 1;
    const duplicateId = uidOfId.has(id);
    if (duplicateId) fail(placed, "id", `${id} is the ID of an earlier row too`);
    const uid = placed.row.uniqueId ?? id;
    // Without a Unique ID column the unique ID is the ID, already reported when repeated.
    if (seenUids.has(uid) && (placed.row.uniqueId !== undefined || !duplicateId)) {
      fail(
        placed,
        placed.row.uniqueId === undefined ? "id" : "uniqueId",
        `${uid} is the unique ID of an earlier row too`,
      );
    }
    uidOfId.set(id, uid);
    seenUids.add(uid);
  });

  const levels = rows.map(
    (placed) => placed.row.outlineLevel ?? (hasOutlineColumn ? 1 : wbsDepth(placed.row.wbs)),
  );
  rows.forEach((placed, index) => {
    const level = levels[index] ?? 1;
    const previous = index === 0 ? 0 : (levels[index - 1] ?? 1);
    if (level > previous + 1) {
      fail(
        placed,
        hasOutlineColumn ? "outlineLevel" : "wbs",
        `outline level ${level} follows level ${previous}; a task can be at most one level below the row above`,
      );
    }
  });

  const calendars: CalendarDefinition[] = [standardCalendar()];
  const calendarUidOf = (placed: PlacedRow): CalendarUid | undefined => {
    const name = placed.row.calendarName;
    if (name === undefined || name.toLowerCase() === "none") return undefined;
    const builtin = builtinCalendar(name);
    if (builtin === undefined) {
      fail(
        placed,
        "calendar",
        `"${name}" is not a calendar a task list can name (${BUILTIN_CALENDAR_NAMES.join(", ")})`,
      );
      return undefined;
    }
    if (!calendars.some((calendar) => calendar.uid === builtin.uid)) calendars.push(builtin);
    return builtin.uid;
  };

  const resources: ResourceRecord[] = [];
  const resourceUidOf = new Map<string, number>();
  const assignments: AssignmentRecord[] = [];
  const links: TaskLink[] = [];
  const tasks: TaskRecord[] = rows.map((placed, index) => {
    const row = placed.row;
    const uid = toTaskUid(uidOfId.get(ids[index] ?? index + 1) ?? index + 1);
    const level = levels[index] ?? 1;
    const summary = (levels[index + 1] ?? 0) > level;
    for (const reference of row.predecessors) {
      const predecessorUid = uidOfId.get(reference.id);
      if (predecessorUid === undefined) {
        fail(
          placed,
          "predecessors",
          `${reference.id} names no row (no task has ID ${reference.id})`,
        );
      } else if (predecessorUid === uid) {
        fail(placed, "predecessors", `${reference.id} is this task itself`);
      } else {
        links.push({
          predecessorUid: toTaskUid(predecessorUid),
          successorUid: uid,
          type: reference.type,
          lag: reference.lag,
        });
      }
    }
    for (const entry of row.resources) {
      let resourceUid = resourceUidOf.get(entry.name.toLowerCase());
      if (resourceUid === undefined) {
        resourceUid = resources.length + 1;
        resourceUidOf.set(entry.name.toLowerCase(), resourceUid);
        resources.push({
          uid: toResourceUid(resourceUid),
          id: resourceUid,
          name: entry.name,
          isNull: false,
          type: "work",
          baselines: [],
          extendedAttributes: [],
        });
      }
      assignments.push({
        uid: toAssignmentUid(assignments.length + 1),
        taskUid: uid,
        resourceUid: toResourceUid(resourceUid),
        units: entry.units,
        workMinutes: 0,
        baselines: [],
        extendedAttributes: [],
      });
    }
    const milestone = row.milestone ?? row.duration?.minutes === 0;
    const duration =
      row.duration ??
      (milestone || summary
        ? { minutes: 0, format: DAYS }
        : { minutes: 480, format: { ...DAYS, estimated: true } });
    return {
      uid,
      id: ids[index] ?? index + 1,
      name: row.name,
      outlineLevel: level,
      wbs: row.wbs,
      isNull: false,
      summary,
      milestone,
      manual: row.manual,
      active: true,
      durationMinutes: duration.minutes,
      durationFormat: duration.format,
      estimated: duration.format.estimated,
      start: row.start,
      finish: row.finish,
      constraint: row.constraint,
      deadline: row.deadline,
      calendarUid: calendarUidOf(placed),
      priority: 500,
      percentComplete: row.percentComplete,
      actualStart: row.actualStart,
      actualFinish: row.actualFinish,
      baselines: [],
      notes: row.notes,
      extendedAttributes: [],
      stored: {},
    };
  });

  const startDate = earliestDateTime(
    rows.flatMap(({ row }) => [row.start, row.actualStart, row.constraint.date]),
  );
  if (startDate === undefined) {
    const first = rows[0];
    if (first !== undefined)
      fail(
        first,
        "start",
        "is empty in every row, so the project has no start date; give at least the first task a Start",
      );
    return undefined;
  }
  return {
    settings: defaultProjectSettings({ format: source.format }, startDate, STANDARD_CALENDAR_UID),
    calendars,
    tasks,
    links,
    resources,
    assignments,
    extendedAttributes: [],
  };
}

const DAYS = { unit: "days", elapsed: false, estimated: false } as const;

/** Outline level from a WBS code when there is no Outline Level column: `1.2.3` is level 3. */
function wbsDepth(wbs: string | undefined): number {
  return wbs === undefined ? 1 : wbs.split(".").filter((part) => part.length > 0).length || 1;
}
