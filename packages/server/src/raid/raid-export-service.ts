import type { OrgRaidExportQuery, RaidExportQuery, RaidItem } from "@orrery/contracts/raid";
import { formatCsv } from "@orrery/interop/tabular/csv-text";
import { writeXlsxTable } from "@orrery/interop/tabular/xlsx-table";
import type { DownloadFile } from "../http/download.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { csvCell, raidTable } from "./raid-export-table.js";
import {
  projectWithReadableRaid,
  raidFilterOf,
  raidReader,
  readableScope,
} from "./raid-service.js";
import { toRaidItem } from "./raid-shape.js";
import { listRaidViews, type RaidPosition, type RaidScope } from "./raid-store.js";
import { withTaskOutlineNumbers } from "./raid-task-outline.js";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** One project's RAID log as CSV or XLSX, filtered and sorted like the list. */
export async function exportProjectRaid(
  ctx: OrgCtx,
  projectIdOrKey: string,
  query: RaidExportQuery,
): Promise<DownloadFile> {
  const row = await projectWithReadableRaid(ctx, projectIdOrKey);
  return raidFile(await allItems(ctx, { projectId: row.id }, query), `${row.key}-raid`, query);
}

/** The same across every project the caller may read. */
export async function exportOrgRaid(ctx: OrgCtx, query: OrgRaidExportQuery): Promise<DownloadFile> {
  authorize(ctx, "raid.list");
  const items = await allItems(ctx, readableScope(ctx, query.projectId), query);
  return raidFile(items, `${ctx.org.slug}-raid`, query);
}

const BATCH = 1000;

/** Every matching item, fetched a keyset page at a time. */
async function allItems(
  ctx: OrgCtx,
  scope: RaidScope,
  query: RaidExportQuery,
): Promise<RaidItem[]> {
  const items: RaidItem[] = [];
  let after: RaidPosition | null = null;
  for (;;) {
    const views = await listRaidViews(
      ctx.db,
      ctx.org.orgId,
      scope,
      raidReader(ctx),
      raidFilterOf(ctx, query),
      query.sort,
      after,
      BATCH,
    );
    items.push(...(await withTaskOutlineNumbers(ctx.db, ctx.org.orgId, views)).map(toRaidItem));
    const last = views.at(-1);
    if (views.length < BATCH || !last) return items;
    after = { value: last.sortValue, id: last.row.id };
  }
}

async function raidFile(
  items: readonly RaidItem[],
  baseName: string,
  query: RaidExportQuery,
): Promise<DownloadFile> {
  const table = raidTable(items);
  const bytes =
    query.format === "csv"
      ? new TextEncoder().encode(
          formatCsv([table.headers, ...table.rows.map((r) => r.map(csvCell))]),
        )
      : await writeXlsxTable("RAID log", table, ["Title", "Description"]);
  return {
    fileName: `${baseName}.${query.format}`,
    contentType: CONTENT_TYPES[query.format],
    bytes,
  };
}
