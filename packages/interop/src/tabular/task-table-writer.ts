// Turns a ProjectDocument into a task list: the header row and one row per task (the project
// summary and blank rows left out), in the column set task-table-reader.ts reads back.

import type { LocalDateTime } from "../document/local-date-time.js";
import type { DurationFormat, ProjectDocument, TaskRecord } from "../document/project-document.js";
import {
  DEFAULT_UNIT_LENGTHS,
  type DurationUnitLengths,
  formatDurationNotation,
} from "./duration-notation.js";
import { formatPredecessorNotation, type PredecessorReference } from "./predecessor-notation.js";
import {
  constraintTypeName,
  formatResourceNames,
  type ResourceNameEntry,
} from "./task-table-cells.js";
import { TASK_COLUMNS, type TaskColumn } from "./task-table-columns.js";

/** A cell to write: text, a whole number, or a date (which a spreadsheet shows as a date). */
export type TaskTableCell = string | number | { readonly date: LocalDateTime };

/** Header and rows, ready for CSV text or an XLSX sheet. */
export interface TaskTableOutput {
  readonly headers: readonly string[];
  readonly columns: readonly TaskColumn[];
  readonly rows: readonly (readonly TaskTableCell[])[];
}

const DAYS: DurationFormat = { unit: "days", elapsed: false, estimated: false };
const HOURS: DurationFormat = { unit: "hours", elapsed: false, estimated: false };

function sameLengths(a: DurationUnitLengths, b: DurationUnitLengths): boolean {
  return (
    a.minutesPerDay === b.minutesPerDay &&
    a.minutesPerWeek === b.minutesPerWeek &&
    a.daysPerMonth === b.daysPerMonth
  );
}

/** Builds the task list of a document. */
export function writeTaskTable(document: ProjectDocument): TaskTableOutput {
  const settings = document.settings;
  // A task list has no project settings, so it is read with MS Project's default day, week and
  // month. When this project's differ, working-time durations are written in hours so that
  // reading the list back gives the same minutes.
  const defaultLengths = sameLengths(settings, DEFAULT_UNIT_LENGTHS);
  const durationText = (minutes: number, format: DurationFormat): string => {
    const usable =
      defaultLengths || format.elapsed || format.unit === "minutes" || format.unit === "hours";
    return formatDurationNotation({
      minutes,
      format: usable ? format : { ...HOURS, estimated: format.estimated },
    });
  };
  const rowsToWrite = document.tasks.filter((task) => !task.isNull && task.outlineLevel >= 1);
  const idOfUid = new Map<number, number>(rowsToWrite.map((task) => [task.uid, task.id]));
  const predecessorsOf = new Map<number, PredecessorReference[]>();
  for (const link of document.links) {
    const id = idOfUid.get(link.predecessorUid);
    if (id === undefined || link.crossProject === true) continue;
    const lag =
      link.lag.kind === "time" &&
      !defaultLengths &&
      !link.lag.format.elapsed &&
      link.lag.format.unit !== "minutes"
        ? { ...link.lag, format: { ...HOURS, estimated: link.lag.format.estimated } }
        : link.lag;
    const list = predecessorsOf.get(link.successorUid) ?? [];
    list.push({ id, type: link.type, lag });
    predecessorsOf.set(link.successorUid, list);
  }
  const resourceName = new Map(document.resources.map((resource) => [resource.uid, resource.name]));
  const resourcesOf = new Map<number, ResourceNameEntry[]>();
  for (const assignment of document.assignments) {
    if (assignment.resourceUid === undefined) continue;
    const name = resourceName.get(assignment.resourceUid);
    if (name === undefined) continue;
    const list = resourcesOf.get(assignment.taskUid) ?? [];
    list.push({ name, units: assignment.units });
    resourcesOf.set(assignment.taskUid, list);
  }
  const calendarName = new Map(document.calendars.map((calendar) => [calendar.uid, calendar.name]));
  const cellOf = (task: TaskRecord, column: TaskColumn): TaskTableCell => {
    switch (column) {
      case "id":
        return task.id;
      case "uniqueId":
        return task.uid;
      case "taskMode":
        return task.manual ? "Manually Scheduled" : "Auto Scheduled";
      case "name":
        return task.name;
      case "duration":
        return durationText(
          task.durationMinutes,
          task.durationFormat ?? settings.durationFormat ?? DAYS,
        );
      case "start":
        return dateCell(task.start);
      case "finish":
        return dateCell(task.finish);
      case "predecessors":
        return formatPredecessorNotation(predecessorsOf.get(task.uid) ?? []);
      case "resourceNames":
        return formatResourceNames(resourcesOf.get(task.uid) ?? []);
      case "outlineLevel":
        return task.outlineLevel;
      case "wbs":
        return task.wbs ?? "";
      case "constraintType":
        return constraintTypeName(task.constraint.type);
      case "constraintDate":
        return dateCell(task.constraint.date);
      case "deadline":
        return dateCell(task.deadline);
      case "percentComplete":
        return `${task.percentComplete}%`;
      case "actualStart":
        return dateCell(task.actualStart);
      case "actualFinish":
        return dateCell(task.actualFinish);
      case "milestone":
        return task.milestone ? "Yes" : "No";
      case "notes":
        return task.notes ?? "";
      case "calendar":
        return task.calendarUid === undefined ? "" : (calendarName.get(task.calendarUid) ?? "");
    }
  };
  const columns = TASK_COLUMNS.map((definition) => definition.column);
  const rows = rowsToWrite.map((task) => columns.map((column) => cellOf(task, column)));
  keepProjectStart(rows, columns, settings.startDate);
  return { headers: TASK_COLUMNS.map((definition) => definition.header), columns, rows };
}

/**
 * A task list has no place for the project start; a reader takes the earliest Start, Actual
 * Start or Constraint Date. When no row has any of them, the first row's Start carries the
 * project start, so the list can be read (and scheduled) again.
 */
function keepProjectStart(
  rows: TaskTableCell[][],
  columns: readonly TaskColumn[],
  projectStart: LocalDateTime,
): void {
  const datedColumns: readonly TaskColumn[] = ["start", "actualStart", "constraintDate"];
  const dated = datedColumns.map((column) => columns.indexOf(column));
  const hasDate = rows.some((row) => dated.some((index) => typeof row[index] === "object"));
  const first = rows[0];
  const startIndex = columns.indexOf("start");
  if (!hasDate && first !== undefined && startIndex >= 0)
    first[startIndex] = { date: projectStart };
}

function dateCell(date: LocalDateTime | undefined): TaskTableCell {
  return date === undefined ? "" : { date };
}
