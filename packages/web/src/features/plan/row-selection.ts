// The grid's selected rows, as in MS Project: a click or the arrow keys select one row, Shift
// extends from the anchor to the row reached. Rows are named by task UID, so a selection
// survives the plan refreshing under it; rows hidden by a filter or a collapse are not selected.

export interface RowSelection {
  /** Where a Shift selection starts. */
  readonly anchor: number | null;
  /** The row the keyboard is on. */
  readonly focus: number | null;
}

export const NO_SELECTION: RowSelection = { anchor: null, focus: null };

export function selectRow(uid: number): RowSelection {
  return { anchor: uid, focus: uid };
}

export function extendSelection(selection: RowSelection, uid: number): RowSelection {
  return { anchor: selection.anchor ?? uid, focus: uid };
}

/** The selected UIDs among the shown rows: from the anchor to the focus, both included. */
export function selectedUids(
  rows: readonly { readonly uid: number }[],
  selection: RowSelection,
): ReadonlySet<number> {
  const focus = rows.findIndex((row) => row.uid === selection.focus);
  if (focus < 0) return new Set();
  const found = rows.findIndex((row) => row.uid === selection.anchor);
  const anchor = found < 0 ? focus : found;
  const [from, to] = anchor <= focus ? [anchor, focus] : [focus, anchor];
  return new Set(rows.slice(from, to + 1).map((row) => row.uid));
}

/** The row `by` rows from the focus (the first row when none has focus), kept within the rows. */
export function rowFrom(
  rows: readonly { readonly uid: number }[],
  selection: RowSelection,
  by: number,
): number | null {
  if (rows.length === 0) return null;
  const at = rows.findIndex((row) => row.uid === selection.focus);
  const index = at < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, at + by));
  return rows[index]?.uid ?? null;
}
