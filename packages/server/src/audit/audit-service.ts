import type { AuditEntry, AuditListQuery } from "@orrery/contracts/audit";
import type { Page } from "@orrery/contracts/common";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type AuditRow, listOrgAudit } from "./audit-store.js";

const AuditCursor = z.object({ id: z.number().int() });

/** The organisation's audit log, newest first. */
export async function listAudit(ctx: OrgCtx, query: AuditListQuery): Promise<Page<AuditEntry>> {
  authorize(ctx, "audit.read");
  const beforeId = query.cursor ? decodeCursor(AuditCursor, query.cursor).id : undefined;
  const rows = await listOrgAudit(ctx.db, ctx.org.orgId, { ...query, beforeId }, query.limit + 1);
  return pageOf(rows, query.limit, toAuditEntry, (row) => ({ id: row.id }));
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor:
      row.actorId !== null && row.actorName !== null && row.actorEmail !== null
        ? { id: row.actorId, name: row.actorName, email: row.actorEmail }
        : null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}
