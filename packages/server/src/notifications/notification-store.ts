import { and, asc, count, desc, eq, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import {
  emailOutbox,
  notification,
  notificationPreference,
} from "../store/schema/notification-tables.js";
import { orgMember } from "../store/schema/org-tables.js";

export type NotificationRow = typeof notification.$inferSelect;
export type NotificationInsert = typeof notification.$inferInsert;
export type PreferenceRow = typeof notificationPreference.$inferSelect;
export type OutboxRow = typeof emailOutbox.$inferSelect;
export type OutboxInsert = typeof emailOutbox.$inferInsert;

/** Inserts a notification unless its dedupe key is taken; true when it was inserted. */
export async function insertNotification(db: Db, row: NotificationInsert): Promise<boolean> {
  const inserted = await db
    .insert(notification)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: notification.id });
  return inserted.length > 0;
}

/** One person's notifications, newest first, after the keyset position a cursor carries. */
export async function listNotifications(
  db: Db,
  orgId: string,
  userId: string,
  filter: { readonly unreadOnly: boolean; readonly after: { at: Date; id: string } | null },
  limit: number,
): Promise<NotificationRow[]> {
  const after = filter.after;
  return db
    .select()
    .from(notification)
    .where(
      and(
        eq(notification.orgId, orgId),
        eq(notification.userId, userId),
        filter.unreadOnly ? isNull(notification.readAt) : undefined,
        after
          ? sql`(${notification.createdAt}, ${notification.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(limit);
}

export async function countUnread(db: Db, orgId: string, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notification).where(mineUnread(orgId, userId));
  return row?.n ?? 0;
}

function mineUnread(orgId: string, userId: string): SQL | undefined {
  return and(
    eq(notification.orgId, orgId),
    eq(notification.userId, userId),
    isNull(notification.readAt),
  );
}

export async function findNotification(
  db: Db,
  orgId: string,
  userId: string,
  id: string,
): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notification)
    .where(
      and(eq(notification.orgId, orgId), eq(notification.userId, userId), eq(notification.id, id)),
    );
  return row ?? null;
}

/** Marks one unread notification read; a read one keeps its first reading time. */
export async function markNotificationRead(
  db: Db,
  orgId: string,
  userId: string,
  id: string,
  at: Date,
): Promise<void> {
  await db
    .update(notification)
    .set({ readAt: at })
    .where(and(mineUnread(orgId, userId), eq(notification.id, id)));
}

/** Marks every unread notification of a person read; answers how many. */
export async function markAllNotificationsRead(
  db: Db,
  orgId: string,
  userId: string,
  at: Date,
): Promise<number> {
  const marked = await db
    .update(notification)
    .set({ readAt: at })
    .where(mineUnread(orgId, userId))
    .returning({ id: notification.id });
  return marked.length;
}

export async function listPreferences(
  db: Db,
  orgId: string,
  userIds: readonly string[],
): Promise<PreferenceRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(notificationPreference)
    .where(
      and(
        eq(notificationPreference.orgId, orgId),
        inArray(notificationPreference.userId, [...userIds]),
      ),
    );
}

/** Sets one kind's channels, counting the change in its version. */
export async function upsertPreference(
  db: Db,
  row: Omit<typeof notificationPreference.$inferInsert, "version">,
): Promise<void> {
  await db
    .insert(notificationPreference)
    .values({ ...row, version: 1 })
    .onConflictDoUpdate({
      target: [
        notificationPreference.orgId,
        notificationPreference.userId,
        notificationPreference.kind,
      ],
      set: {
        inApp: row.inApp,
        email: row.email,
        updatedAt: row.updatedAt,
        version: sql`${notificationPreference.version} + 1`,
      },
    });
}

/**
 * Locks the person's membership row: preference writes of one person are serialised on it, so
 * the version read under the lock is the one the write replaces.
 */
export async function lockMembership(db: Db, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: orgMember.userId })
    .from(orgMember)
    .where(and(eq(orgMember.orgId, orgId), eq(orgMember.userId, userId)))
    .for("update");
  return rows.length > 0;
}

/** Members among `userIds`, with their e-mail addresses, in that organisation. */
export async function membersWithEmail(
  db: Db,
  orgId: string,
  userIds: readonly string[],
): Promise<{ userId: string; email: string }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: orgMember.userId, email: user.email })
    .from(orgMember)
    .innerJoin(user, eq(user.id, orgMember.userId))
    .where(and(eq(orgMember.orgId, orgId), inArray(orgMember.userId, [...userIds])));
}

/** Members holding any of the roles. */
export async function memberIdsWithRoles(
  db: Db,
  orgId: string,
  roles: readonly string[],
): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .select({ userId: orgMember.userId })
    .from(orgMember)
    .where(and(eq(orgMember.orgId, orgId), inArray(orgMember.role, [...roles])));
  return rows.map((r) => r.userId);
}

export async function insertOutbox(db: Db, row: OutboxInsert): Promise<boolean> {
  const inserted = await db
    .insert(emailOutbox)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: emailOutbox.id });
  return inserted.length > 0;
}

/**
 * Claims up to `limit` due e-mails of any organisation for one sending attempt: their next
 * attempt moves to `leaseUntil`, so nobody else takes them meanwhile, and if this node dies
 * they are due again when the lease ends. `skip locked` lets several nodes claim at once.
 */
export async function claimDueEmails(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ orgId: emailOutbox.orgId, id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.state, "pending"), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ nextAttemptAt: leaseUntil, attempts: sql`${emailOutbox.attempts} + 1` })
      .where(
        sql`(${emailOutbox.orgId}, ${emailOutbox.id}) in (${sql.join(
          due.map((d) => sql`(${d.orgId}::uuid, ${d.id}::uuid)`),
          sql`, `,
        )})`,
      )
      .returning();
  });
}

/** Records the outcome of an attempt. */
export async function settleEmail(
  db: Db,
  row: Pick<OutboxRow, "orgId" | "id">,
  outcome:
    | { readonly state: "sent"; readonly at: Date }
    | { readonly state: "pending"; readonly retryAt: Date; readonly error: string }
    | { readonly state: "failed"; readonly error: string },
): Promise<void> {
  const set =
    outcome.state === "sent"
      ? { state: "sent", sentAt: outcome.at, lastError: null }
      : outcome.state === "pending"
        ? { nextAttemptAt: outcome.retryAt, lastError: outcome.error }
        : { state: "failed", lastError: outcome.error };
  await db
    .update(emailOutbox)
    .set(set)
    .where(and(eq(emailOutbox.orgId, row.orgId), eq(emailOutbox.id, row.id)));
}
