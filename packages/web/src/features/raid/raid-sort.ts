import { RaidSort } from "@orrery/contracts/raid";

export type RaidSortField = "title" | "status" | "score" | "dueDate" | "updatedAt" | "createdAt";

/** Clicking a column sorts by it ascending, then descending; scores start with the worst. */
export function nextRaidSort(current: RaidSort, field: RaidSortField): RaidSort {
  if (field === "score") return RaidSort.parse(current === "-score" ? "score" : "-score");
  return RaidSort.parse(current === field ? `-${field}` : field);
}

/** How the list is sorted by `field`, for `aria-sort` on its header. */
export function raidSortDirection(
  current: RaidSort,
  field: RaidSortField,
): "ascending" | "descending" | "none" {
  if (current === field) return "ascending";
  if (current === `-${field}`) return "descending";
  return "none";
}
