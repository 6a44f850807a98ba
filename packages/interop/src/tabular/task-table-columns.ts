// The column set of a task list (CSV or XLSX): what each column means, the header Orrery writes
// and the headers it accepts, case-insensitively (MS Project's English export headers included,
// e.g. "Task Name", "Percent Complete", "Task Calendar"). docs/file-formats.md documents the set.

/** The columns a task list can have. */
export type TaskColumn =
  | "id"
  | "uniqueId"
  | "taskMode"
  | "name"
  | "duration"
  | "start"
  | "finish"
  | "predecessors"
  | "resourceNames"
  | "outlineLevel"
  | "wbs"
  | "constraintType"
  | "constraintDate"
  | "deadline"
  | "percentComplete"
  | "actualStart"
  | "actualFinish"
  | "milestone"
  | "notes"
  | "calendar";

/** A column: the header written on export and every header read as it. */
export interface TaskColumnDefinition {
  readonly column: TaskColumn;
  readonly header: string;
  readonly aliases: readonly string[];
}

/** Every column, in the order an export writes them. */
export const TASK_COLUMNS: readonly TaskColumnDefinition[] = [
  { column: "id", header: "ID", aliases: ["Task ID", "Row"] },
  { column: "uniqueId", header: "Unique ID", aliases: ["UID", "UniqueID"] },
  { column: "taskMode", header: "Task Mode", aliases: ["Mode"] },
  { column: "name", header: "Name", aliases: ["Task Name", "Task", "Title"] },
  { column: "duration", header: "Duration", aliases: [] },
  { column: "start", header: "Start", aliases: ["Start Date"] },
  { column: "finish", header: "Finish", aliases: ["Finish Date", "End", "End Date"] },
  { column: "predecessors", header: "Predecessors", aliases: ["Predecessor", "Depends On"] },
  { column: "resourceNames", header: "Resource Names", aliases: ["Resources", "Resource"] },
  { column: "outlineLevel", header: "Outline Level", aliases: ["Level"] },
  { column: "wbs", header: "WBS", aliases: ["WBS Code"] },
  { column: "constraintType", header: "Constraint Type", aliases: ["Constraint"] },
  { column: "constraintDate", header: "Constraint Date", aliases: [] },
  { column: "deadline", header: "Deadline", aliases: [] },
  {
    column: "percentComplete",
    header: "% Complete",
    aliases: ["Percent Complete", "%Complete", "Complete"],
  },
  { column: "actualStart", header: "Actual Start", aliases: [] },
  { column: "actualFinish", header: "Actual Finish", aliases: [] },
  { column: "milestone", header: "Milestone", aliases: [] },
  { column: "notes", header: "Notes", aliases: ["Note", "Comments"] },
  { column: "calendar", header: "Calendar", aliases: ["Task Calendar"] },
];

/** Header text compared without case and with runs of spaces as one. */
function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLowerCase();
}

const COLUMN_BY_HEADER: ReadonlyMap<string, TaskColumn> = new Map(
  TASK_COLUMNS.flatMap((definition) =>
    [definition.header, ...definition.aliases].map(
      (header) => [headerKey(header), definition.column] as const,
    ),
  ),
);

/** The column a header names, or undefined for a header this set does not know. */
export function columnOfHeader(header: string): TaskColumn | undefined {
  return COLUMN_BY_HEADER.get(headerKey(header));
}

/** The header Orrery writes for a column. */
export function headerOfColumn(column: TaskColumn): string {
  return TASK_COLUMNS.find((definition) => definition.column === column)?.header ?? column;
}
