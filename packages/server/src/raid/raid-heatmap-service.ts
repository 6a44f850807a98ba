import type { RiskHeatMap } from "@orrery/contracts/raid";
import { heatMap, isRating } from "@orrery/core/governance/risk-scoring";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { projectWithReadableRaid, readableScope } from "./raid-service.js";
import { countOpenThreats, type RaidScope } from "./raid-store.js";

/** Open threats of one project on the 5×5 matrix. */
export async function projectHeatMap(ctx: OrgCtx, projectIdOrKey: string): Promise<RiskHeatMap> {
  const row = await projectWithReadableRaid(ctx, projectIdOrKey);
  return heatMapOf(ctx, { projectId: row.id });
}

/** Open threats of every project the caller may read: the portfolio's heat map. */
export async function orgHeatMap(ctx: OrgCtx, projectId?: string): Promise<RiskHeatMap> {
  authorize(ctx, "raid.list");
  return heatMapOf(ctx, readableScope(ctx, projectId));
}

async function heatMapOf(ctx: OrgCtx, scope: RaidScope): Promise<RiskHeatMap> {
  const counts = await countOpenThreats(ctx.db, ctx.org.orgId, scope);
  const cells = heatMap(
    counts.flatMap(({ probability, impact, count }) =>
      isRating(probability) && isRating(impact) ? [{ probability, impact, count }] : [],
    ),
  );
  return { cells, total: counts.reduce((sum, c) => sum + c.count, 0) };
}
