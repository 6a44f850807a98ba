import type { Page } from "@orrery/contracts/common";
import type { MyWorkQuery, MyWorkTask } from "@orrery/contracts/my-work";
import { readsAllProjects } from "@orrery/core/access/policy";
import { isLate, progressMeasureOf } from "@orrery/core/progress/late-task";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { listAssignedWork, type WorkPosition, type WorkRow } from "./my-work-store.js";

const Position = z.object({
  done: z.boolean(),
  finish: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
  projectId: z.uuid(),
  uid: z.number().int(),
});

function toMyWorkTask(row: WorkRow, now: Date): MyWorkTask {
  const { done: _done, ...task } = row;
  return { ...task, late: isLate(row, progressMeasureOf(row.statusDate, now)) };
}

/**
 * A page of the caller's work: tasks assigned to them (through plan resources mapped to them)
 * in every live project they may read, open ones first, due soonest first. Dates are the plans'
 * stored schedule; `late` is measured against each plan's status date, or now.
 */
export async function listMyWork(ctx: OrgCtx, query: MyWorkQuery): Promise<Page<MyWorkTask>> {
  authorize(ctx, "work.mine");
  const after: WorkPosition | null = query.cursor ? decodeCursor(Position, query.cursor) : null;
  const rows = await listAssignedWork(
    ctx.db,
    ctx.org.orgId,
    {
      viewerId: ctx.actor.userId,
      readsAll: readsAllProjects(ctx.org.role),
      completedSince: query.completedSince,
    },
    after,
    query.limit + 1,
  );
  return pageOf(
    rows,
    query.limit,
    (row) => toMyWorkTask(row, ctx.now),
    ({ done, finish, projectId, uid }) => ({ done, finish, projectId, uid }),
  );
}
