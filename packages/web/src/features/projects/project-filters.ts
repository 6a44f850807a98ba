import {
  type PROJECT_SORTS,
  type ProjectListQuery,
  ProjectSort,
  ProjectStatus,
} from "@orrery/contracts/projects";
import { z } from "zod";

/**
 * The project list's state in the URL, so a filtered view survives reload and can be shared.
 * Anything unreadable in a hand-edited URL falls back to the default instead of failing the page.
 */
export const ProjectSearch = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  /** Comma-separated, as the API takes it: `active,on_hold`. */
  status: z.string().max(200).optional().catch(undefined),
  archived: z.enum(["true", "all"]).optional().catch(undefined),
  sort: ProjectSort.optional().catch(undefined),
});
export type ProjectSearch = z.infer<typeof ProjectSearch>;

export type ArchivedFilter = ProjectListQuery["archived"];
export type ProjectSortField = (typeof PROJECT_SORTS)[number];

export const DEFAULT_SORT: ProjectSort = "name";

/** The statuses named in the URL, dropping unknown ones and repeats. */
export function statusesOf(search: ProjectSearch): ProjectStatus[] {
  const names = (search.status ?? "").split(",").map((s) => s.trim());
  return ProjectStatus.options.filter((status) => names.includes(status));
}

/** The URL value for a set of statuses; absent when none is chosen. */
export function statusParam(statuses: readonly ProjectStatus[]): string | undefined {
  return statuses.length === 0 ? undefined : statuses.join(",");
}

export function archivedOf(search: ProjectSearch): ArchivedFilter {
  return search.archived ?? "false";
}

export function sortOf(search: ProjectSearch): ProjectSort {
  return search.sort ?? DEFAULT_SORT;
}

/** True when the list is narrowed, so an empty answer means "no match", not "no projects". */
export function isFiltered(search: ProjectSearch): boolean {
  return Boolean(search.q) || statusesOf(search).length > 0 || archivedOf(search) !== "false";
}

/** The list API's query parameters for a URL state (without paging). */
export function listParams(search: ProjectSearch): Record<string, string | undefined> {
  return {
    q: search.q || undefined,
    status: statusParam(statusesOf(search)),
    archived: archivedOf(search),
    sort: sortOf(search),
  };
}

/** Clicking a column header: sort by it ascending, or flip the direction if already sorted by it. */
export function nextSort(current: ProjectSort, field: ProjectSortField): ProjectSort {
  return ProjectSort.parse(current === field ? `-${field}` : field);
}

/** How the list is sorted by `field`, for `aria-sort` on its header. */
export function sortDirection(
  current: ProjectSort,
  field: ProjectSortField,
): "ascending" | "descending" | "none" {
  if (current === field) return "ascending";
  if (current === `-${field}`) return "descending";
  return "none";
}
