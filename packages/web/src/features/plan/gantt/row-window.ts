/** The rows to render: those in view plus a margin, so scrolling never shows a blank row. */
export interface RowWindow {
  readonly first: number;
  /** One past the last row to render. */
  readonly end: number;
}

/** Rows rendered beyond the view: above it (`before`) and below it (`after`). */
export interface Overscan {
  readonly before: number;
  readonly after: number;
}

export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: Overscan = { before: 10, after: 10 },
): RowWindow {
  if (rowCount === 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan.before);
  const end = Math.min(
    rowCount,
    Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan.after,
  );
  return { first: Math.min(first, end), end };
}
