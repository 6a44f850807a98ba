/** A column of the task grid. */
export interface GridColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: "right";
  /** A long heading that breaks over two lines. */
  readonly wraps?: true;
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
export const NAME_COLUMN = 2;

/** MS Project's Variance columns: a baseline's dates and how far the schedule moved from it. */
export const VARIANCE_COLUMNS: readonly GridColumn[] = [
  { key: "baselineStart", label: "Baseline start", width: 90, wraps: true },
  { key: "baselineFinish", label: "Baseline finish", width: 90, wraps: true },
  { key: "startVariance", label: "Start variance", width: 70, align: "right", wraps: true },
  { key: "finishVariance", label: "Finish variance", width: 70, align: "right", wraps: true },
  { key: "durationVariance", label: "Duration variance", width: 70, align: "right", wraps: true },
];

/**
 * MS Project's Variance table: the entry columns that say where a task is, then the variance
 * columns in place of the rest (duration, links, progress, float, resources, calendar), so the
 * grid keeps its width and the variances stay in view beside the chart.
 */
export const VARIANCE_TABLE: readonly GridColumn[] = [
  ...GRID_COLUMNS.filter((c) => ["row", "wbs", "name", "start", "finish"].includes(c.key)),
  ...VARIANCE_COLUMNS,
];

const widthOf = (columns: readonly GridColumn[]) => columns.reduce((sum, c) => sum + c.width, 0);
export const GRID_WIDTH = widthOf(GRID_COLUMNS);

/** The grid's width, with the variance table when a baseline's variance is shown. */
export function gridWidth(varianceShown: unknown): number {
  return varianceShown ? widthOf(VARIANCE_TABLE) : GRID_WIDTH;
}
