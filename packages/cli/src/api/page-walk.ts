import { PAGE_LIMIT_MAX, type Page } from "@orrery/contracts/common";
import { failure } from "../cli-error.js";

/** What one page request asks for: how many items, and after which cursor. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor: string | undefined;
}

/**
 * Collects the items of a list by following `nextCursor`: every item when `atMost` is
 * undefined, else the first `atMost` (asking for no more than it needs). Pages are as large as
 * the API allows, to keep round trips few.
 */
export async function collectItems<T>(
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  atMost: number | undefined,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const wanted = atMost === undefined ? PAGE_LIMIT_MAX : atMost - items.length;
    if (wanted <= 0) return items;
    const page = await fetchPage({ limit: Math.min(wanted, PAGE_LIMIT_MAX), cursor });
    items.push(...page.items.slice(0, wanted));
    if (page.nextCursor === null) return items;
    // A server that hands back a cursor it already gave would keep this loop going forever.
    if (seen.has(page.nextCursor))
      throw failure("the server repeated a page cursor; listing stopped");
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}
