import type { RaidBulkUpdate, RaidItem } from "@orrery/contracts/raid";

// Which rows of a RAID table are selected for a bulk edit: a set of item ids kept by the page.
// Rows that leave the list (filtered out, deleted elsewhere) stop counting, so a bulk edit never
// touches an item the person cannot see.

type Row = Pick<RaidItem, "id">;

/** The selected items among those shown, in the order shown. */
export function selectedItems<T extends Row>(
  shown: readonly T[],
  selected: ReadonlySet<string>,
): T[] {
  return shown.filter((item) => selected.has(item.id));
}

/** The selection with one item added or removed. */
export function toggleItem(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Whether the page's rows are all, some or none selected (the header checkbox's state). */
export function pageSelection(
  shown: readonly Row[],
  selected: ReadonlySet<string>,
): "all" | "some" | "none" {
  const count = selectedItems(shown, selected).length;
  if (count === 0) return "none";
  return count === shown.length ? "all" : "some";
}

/** The header checkbox: selects every row shown, or clears them when all already are. */
export function toggleWholePage(shown: readonly Row[], selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  const all = pageSelection(shown, selected) === "all";
  for (const item of shown) {
    if (all) next.delete(item.id);
    else next.add(item.id);
  }
  return next;
}

/** The bulk request for the selected items at the versions shown, so a stale one refuses all. */
export function bulkRequestOf(
  items: readonly Pick<RaidItem, "id" | "version">[],
  set: RaidBulkUpdate["set"] = {},
): RaidBulkUpdate {
  return { items: items.map(({ id, version }) => ({ id, version })), set };
}
