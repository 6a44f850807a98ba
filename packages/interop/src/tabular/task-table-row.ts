// Reads the cells of one task-list row into plain values, recording a problem for every cell
// that cannot be read (not just the first), each naming the row and the column as the file
// spells it. Cross-row checks (IDs, outline, predecessor targets) happen in task-table-reader.ts.

import type { LocalDateTime } from "../document/local-date-time.js";
import type { TaskConstraint } from "../document/project-document.js";
import {
  DEFAULT_UNIT_LENGTHS,
  type NotatedDuration,
  parseDurationNotation,
} from "./duration-notation.js";
import { type PredecessorReference, parsePredecessorNotation } from "./predecessor-notation.js";
import {
  isEmptyDateCell,
  isFinishConstraint,
  parseConstraintType,
  parsePercent,
  parseResourceNames,
  parseTableDate,
  parseTaskMode,
  parseYesNo,
  type ResourceNameEntry,
} from "./task-table-cells.js";
import type { TaskColumn } from "./task-table-columns.js";

/** MS Project's default start and finish times for a date typed without a time. */
const DEFAULT_START_MINUTE = 8 * 60;
const DEFAULT_FINISH_MINUTE = 17 * 60;

/** A problem with one cell. */
export interface CellProblem {
  readonly column: TaskColumn;
  readonly problem: string;
}

/** One row's values, before the rows are tied together. */
export interface TaskRow {
  readonly id?: number;
  readonly uniqueId?: number;
  readonly manual: boolean;
  readonly name: string;
  readonly duration?: NotatedDuration;
  readonly start?: LocalDateTime;
  readonly finish?: LocalDateTime;
  readonly predecessors: readonly PredecessorReference[];
  readonly resources: readonly ResourceNameEntry[];
  readonly outlineLevel?: number;
  readonly wbs?: string;
  readonly constraint: TaskConstraint;
  readonly deadline?: LocalDateTime;
  readonly percentComplete: number;
  readonly actualStart?: LocalDateTime;
  readonly actualFinish?: LocalDateTime;
  readonly milestone?: boolean;
  readonly notes?: string;
  readonly calendarName?: string;
}

/** Reads one row; `cell` gives a column's text ("" when the column is absent). */
export function readTaskRow(cell: (column: TaskColumn) => string): {
  row: TaskRow;
  problems: CellProblem[];
} {
  const problems: CellProblem[] = [];
  const fail = (column: TaskColumn, problem: string) => problems.push({ column, problem });
  const text = (column: TaskColumn): string | undefined => {
    const value = cell(column).trim();
    return value.length === 0 ? undefined : value;
  };
  const positiveInteger = (column: TaskColumn): number | undefined => {
    const value = text(column);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (Number.isSafeInteger(number) && number >= 0) return number;
    fail(column, `"${value}" is not a whole number`);
    return undefined;
  };
  const date = (column: TaskColumn, defaultMinute: number): LocalDateTime | undefined => {
    const value = cell(column);
    if (isEmptyDateCell(value)) return undefined;
    const parsed = parseTableDate(value, defaultMinute);
    if (parsed === undefined) {
      fail(column, `"${value.trim()}" is not a date (write e.g. 2027-01-04 or 2027-01-04 08:00)`);
    }
    return parsed;
  };

  const name = text("name");
  if (name === undefined) fail("name", "is empty; every task needs a name");

  const modeText = cell("taskMode");
  const mode = parseTaskMode(modeText);
  if (mode === undefined)
    fail("taskMode", `"${modeText.trim()}" is not Auto Scheduled or Manually Scheduled`);

  const durationText = text("duration");
  const duration =
    durationText === undefined
      ? undefined
      : parseDurationNotation(durationText, DEFAULT_UNIT_LENGTHS);
  if (durationText !== undefined && duration === undefined) {
    fail("duration", `"${durationText}" is not a duration (write e.g. 3d, 2w, 4h, 30m or 3ed)`);
  }

  const predecessorText = cell("predecessors");
  const predecessors = parsePredecessorNotation(predecessorText, DEFAULT_UNIT_LENGTHS);
  if (!predecessors.ok)
    fail("predecessors", `"${predecessors.item.trim()}" ${predecessors.problem}`);

  const resourceText = cell("resourceNames");
  const resources = parseResourceNames(resourceText);
  if (resources === undefined) {
    fail(
      "resourceNames",
      `"${resourceText.trim()}" is not a list of names (write e.g. Alice[50%], Bob)`,
    );
  }

  const outlineLevel = positiveInteger("outlineLevel");
  if (outlineLevel === 0) fail("outlineLevel", "must be 1 or more");

  const constraintText = cell("constraintType");
  const constraintType = parseConstraintType(constraintText);
  if (constraintType === undefined) {
    fail(
      "constraintType",
      `"${constraintText.trim()}" is not a constraint type (e.g. Start No Earlier Than or SNET)`,
    );
  }
  const constraintDate = date(
    "constraintDate",
    constraintType !== undefined && isFinishConstraint(constraintType)
      ? DEFAULT_FINISH_MINUTE
      : DEFAULT_START_MINUTE,
  );
  const constraint = readConstraint(
    constraintType ?? "asSoonAsPossible",
    constraintDate,
    isEmptyDateCell(cell("constraintDate")),
    fail,
  );

  const percentText = text("percentComplete");
  const percentComplete = percentText === undefined ? 0 : parsePercent(percentText);
  if (percentComplete === undefined)
    fail("percentComplete", `"${percentText}" is not a percentage from 0 to 100`);

  const milestoneText = cell("milestone");
  const milestone = parseYesNo(milestoneText);
  if (milestone === undefined) fail("milestone", `"${milestoneText.trim()}" is not Yes or No`);

  const row: TaskRow = {
    id: positiveInteger("id"),
    uniqueId: positiveInteger("uniqueId"),
    manual: mode === "manual",
    name: name ?? "",
    duration,
    start: date("start", DEFAULT_START_MINUTE),
    finish: date("finish", DEFAULT_FINISH_MINUTE),
    predecessors: predecessors.ok ? predecessors.references : [],
    resources: resources ?? [],
    outlineLevel,
    wbs: text("wbs"),
    constraint,
    deadline: date("deadline", DEFAULT_FINISH_MINUTE),
    percentComplete: percentComplete ?? 0,
    actualStart: date("actualStart", DEFAULT_START_MINUTE),
    actualFinish: date("actualFinish", DEFAULT_FINISH_MINUTE),
    milestone: milestoneText.trim().length === 0 ? undefined : milestone,
    // Spreadsheets store line breaks as LF; CR LF and lone CR from CSV are read the same way.
    notes: text("notes")?.replace(/\r\n?/g, "\n"),
    calendarName: text("calendar"),
  };
  return { row, problems };
}

function readConstraint(
  type: TaskConstraint["type"],
  date: LocalDateTime | undefined,
  dateCellEmpty: boolean,
  fail: (column: TaskColumn, problem: string) => void,
): TaskConstraint {
  const needsDate = type !== "asSoonAsPossible" && type !== "asLateAsPossible";
  if (needsDate && date === undefined) {
    // An unreadable date has been reported already; an empty one is reported here.
    if (dateCellEmpty) fail("constraintDate", "is empty, but the constraint type needs a date");
    return { type: "asSoonAsPossible" };
  }
  if (!needsDate && date !== undefined) {
    fail(
      "constraintDate",
      "is given, but the constraint type takes no date (use e.g. Start No Earlier Than)",
    );
  }
  return needsDate ? { type, date } : { type };
}
