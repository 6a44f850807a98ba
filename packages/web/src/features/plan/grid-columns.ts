/** A column of the task grid. */
export interface GridColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: "right";
  /** A long heading that breaks over two lines. */
  readonly wraps?: true;
  /** Dates: one format, and it always fits, so the column never clips. */
  readonly fitsAlways?: true;
}

export const GRID_COLUMNS: readonly GridColumn[] = [
  { key: "row", label: "#", width: 48, align: "right" },
  { key: "wbs", label: "WBS", width: 52 },
  { key: "name", label: "Task name", width: 210 },
  { key: "duration", label: "Duration", width: 66, align: "right" },
  { key: "start", label: "Start", width: 90, fitsAlways: true },
  { key: "finish", label: "Finish", width: 90, fitsAlways: true },
  { key: "predecessors", label: "Predecessors", width: 96 },
  { key: "done", label: "Done", width: 50, align: "right" },
  { key: "float", label: "Float", width: 56, align: "right" },
  { key: "resources", label: "Resources", width: 120 },
  { key: "calendar", label: "Calendar", width: 96 },
];
export const NAME_COLUMN = 2;

/** MS Project's Variance columns: a baseline's dates and how far the schedule moved from it. */
export const VARIANCE_COLUMNS: readonly GridColumn[] = [
  { key: "baselineStart", label: "Baseline start", width: 90, wraps: true, fitsAlways: true },
  { key: "baselineFinish", label: "Baseline finish", width: 90, wraps: true, fitsAlways: true },
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

/** The grid's columns as a CSS grid template: every row lays its cells out on it. */
export function columnTemplate(columns: readonly GridColumn[]): string {
  return columns.map((column) => `${column.width}px`).join(" ");
}

/** A cell's padding on each side, as the stylesheet sets it. */
export const CELL_PADDING = 6;
/** Wider than the average character of the grid's 13 px font, capitals and digits included. */
const CHAR_WIDTH = 9;

/**
 * Whether text may be wider than its column, and so must be clipped with an ellipsis. Only such
 * cells clip: each clip is a node in Chromium's paint tree, and with every cell clipped the clips
 * cost about a quarter of each frame scrolled through a large plan.
 */
export function mayOverflow(column: GridColumn, text: string): boolean {
  if (column.fitsAlways) return false;
  return text.length * CHAR_WIDTH > column.width - 2 * CELL_PADDING;
}

/** The class of a cell of `column` that shows `text` itself (not in a control). */
export function cellClass(column: GridColumn | undefined, text?: string): string | undefined {
  const names = [
    column?.align === "right" ? "plan-cell-end" : "",
    column && text !== undefined && mayOverflow(column, text) ? "plan-clip" : "",
  ];
  return names.join(" ").trim() || undefined;
}
