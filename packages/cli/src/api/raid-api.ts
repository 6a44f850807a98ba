import { Page } from "@orrery/contracts/common";
import { RaidItem, type RaidItemCreate } from "@orrery/contracts/raid";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const RaidPage = Page(RaidItem);

/** The filters of the RAID lists, as the API takes them (comma-separated lists). */
export interface RaidFilter {
  readonly type?: string | undefined;
  readonly status?: string | undefined;
  readonly q?: string | undefined;
  readonly sort?: string | undefined;
}

/**
 * Every matching item (following cursors), or the first `atMost`: of one project when
 * `project` is given, otherwise of every project the caller may read.
 */
export function listRaid(
  api: ApiClient,
  org: string,
  project: string | undefined,
  filter: RaidFilter,
  atMost: number | undefined,
): Promise<RaidItem[]> {
  const path = project ? ["orgs", org, "projects", project, "raid"] : ["orgs", org, "raid"];
  return collectItems(
    (page) =>
      api.call(
        { method: "GET", path, query: { ...filter, limit: page.limit, cursor: page.cursor } },
        RaidPage,
      ),
    atMost,
  );
}

/** Records an item in a project's RAID log. */
export function createRaidItem(
  api: ApiClient,
  org: string,
  project: string,
  body: RaidItemCreate,
): Promise<RaidItem> {
  return api.call(
    { method: "POST", path: ["orgs", org, "projects", project, "raid"], body },
    RaidItem,
  );
}
