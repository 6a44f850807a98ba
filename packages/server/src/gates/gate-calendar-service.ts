import type { Page } from "@orrery/contracts/common";
import type { GateCalendarEntry, GateCalendarQuery } from "@orrery/contracts/lifecycle";
import { readsAllProjects } from "@orrery/core/access/policy";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import { todayOf } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { type CalendarRow, listCalendarRows } from "./gate-calendar-store.js";

const Cursor = z.object({ date: z.iso.date(), projectId: z.uuid() });

/**
 * The PMO's gate calendar: the next gate of every running project the caller may read, those
 * awaiting a decision and those to come, soonest first; undated gates last. A gate is overdue
 * when its date is before `asOf` (the caller's today, or the server's).
 */
export async function gateCalendar(
  ctx: OrgCtx,
  query: GateCalendarQuery,
): Promise<Page<GateCalendarEntry>> {
  authorize(ctx, "gate.calendar");
  const asOf = query.asOf ?? todayOf(ctx);
  const after = query.cursor ? decodeCursor(Cursor, query.cursor) : null;
  const rows = await listCalendarRows(
    ctx.db,
    ctx.org.orgId,
    {
      viewerId: ctx.actor.userId,
      readsAll: readsAllProjects(ctx.org.role),
      state: query.state,
      asOf,
    },
    after,
    query.limit + 1,
  );
  return pageOf(
    rows,
    query.limit,
    (row) => toEntry(row, asOf),
    (row) => ({
      date: row.sortDate,
      projectId: row.projectId,
    }),
  );
}

function toEntry(row: CalendarRow, asOf: string): GateCalendarEntry {
  return {
    project: { id: row.projectId, key: row.projectKey, name: row.projectName },
    gate: row.phase + 1,
    gateName: row.gateName,
    phaseName: row.phaseName,
    state: row.reviewId === null ? "upcoming" : "requested",
    date: row.date,
    overdue: row.date !== null && row.date < asOf,
    reviewId: row.reviewId,
  };
}
