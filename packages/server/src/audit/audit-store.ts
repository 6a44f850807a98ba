import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { accountAuditLog, auditLog } from "../store/schema/audit-tables.js";
import { user } from "../store/schema/auth-tables.js";

/** What changed, as the audit log keeps it. `before`/`after` are the API shapes, or null. */
export interface AuditRecord {
  /** `entity.verb`: `project.update`, `member.add`, `token.revoke`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditStamp {
  readonly actorId: string | null;
  readonly requestId: string | null;
  readonly at: Date;
}

export async function insertOrgAudit(
  db: Db,
  orgId: string,
  stamp: AuditStamp,
  record: AuditRecord,
): Promise<void> {
  await db.insert(auditLog).values({ orgId, ...stamp, ...record });
}

export async function insertAccountAudit(
  db: Db,
  userId: string,
  stamp: AuditStamp,
  record: AuditRecord,
): Promise<void> {
  await db.insert(accountAuditLog).values({ userId, ...stamp, ...record });
}

export interface AuditFilter {
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly actorId?: string | undefined;
  readonly action?: string | undefined;
  /** Only entries older than this id (the page cursor). */
  readonly beforeId?: number | undefined;
}

export interface AuditRow {
  readonly id: number;
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly actorEmail: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

/** Newest first; keyset on the id, which grows with time. */
export async function listOrgAudit(
  db: Db,
  orgId: string,
  filter: AuditFilter,
  limit: number,
): Promise<AuditRow[]> {
  const where: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: user.name,
      actorEmail: user.email,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
