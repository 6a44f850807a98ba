/** A column of the task grid. */
export interface GridColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: "right";
}

export const GRID_COLUMNS: readonly GridColumn[] = [
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
  { key: "calendar", label: "Calendar", width: 96 },
];
export const GRID_WIDTH = GRID_COLUMNS.reduce((sum, c) => sum + c.width, 0);
export const NAME_COLUMN = 2;
