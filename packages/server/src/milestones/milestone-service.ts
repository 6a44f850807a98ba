import type { Page } from "@orrery/contracts/common";
import type { MilestoneListQuery, PortfolioMilestone } from "@orrery/contracts/milestones";
import { readsAllProjects } from "@orrery/core/access/policy";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import { addDays } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { listMilestones, type MilestonePosition } from "./milestone-store.js";

const Position = z.object({
  finish: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
  projectId: z.uuid(),
  uid: z.number().int(),
});

/**
 * A page of the milestones of every live project the caller may read, in finish order: the
 * portfolio's timeline. Dates are the plans' stored schedule, so nothing is rescheduled here.
 */
export async function listPortfolioMilestones(
  ctx: OrgCtx,
  query: MilestoneListQuery,
): Promise<Page<PortfolioMilestone>> {
  authorize(ctx, "milestone.list");
  const after: MilestonePosition | null = query.cursor
    ? decodeCursor(Position, query.cursor)
    : null;
  const rows = await listMilestones(
    ctx.db,
    ctx.org.orgId,
    {
      viewerId: ctx.actor.userId,
      readsAll: readsAllProjects(ctx.org.role),
      projectId: query.projectId,
      from: query.from,
      // `to` is inclusive, the store's bound is not.
      before: query.to === undefined ? undefined : addDays(query.to, 1),
      baseline: query.baseline,
      openOnly: query.open === true,
    },
    after,
    query.limit + 1,
  );
  return pageOf(
    rows,
    query.limit,
    (row) => row,
    ({ finish, projectId, uid }) => ({
      finish,
      projectId,
      uid,
    }),
  );
}
