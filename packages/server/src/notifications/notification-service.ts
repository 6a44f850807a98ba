import {
  type Notification,
  NotificationKind,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationPreferences,
  NotificationPreferencesUpdate,
  type NotificationsMarkedRead,
} from "@orrery/contracts/notifications";
import { NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { effectiveChannels } from "@orrery/core/notifications/notification-preferences";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import {
  countUnread,
  findNotification,
  listNotifications,
  listPreferences,
  lockMembership,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
  upsertPreference,
} from "./notification-store.js";

// Everyone reads and marks only their own notifications: every query here is by the caller's
// user id, so another person's notification is simply not found (404), like another org's.

const Cursor = z.object({ at: z.iso.datetime(), id: z.uuid() });
const NotificationId = z.uuid();

/** The caller's notifications, newest first, and how many are unread (query parsed by the route). */
export async function listMyNotifications(
  ctx: OrgCtx,
  query: NotificationListQuery,
): Promise<NotificationPage> {
  authorize(ctx, "notification.read");
  const cursor = query.cursor ? decodeCursor(Cursor, query.cursor) : null;
  const rows = await listNotifications(
    ctx.db,
    ctx.org.orgId,
    ctx.actor.userId,
    {
      unreadOnly: query.unread === true,
      after: cursor ? { at: new Date(cursor.at), id: cursor.id } : null,
    },
    query.limit + 1,
  );
  const page = pageOf(rows, query.limit, toNotification, (row) => ({
    at: row.createdAt.toISOString(),
    id: row.id,
  }));
  return { ...page, unreadCount: await countUnread(ctx.db, ctx.org.orgId, ctx.actor.userId) };
}

/**
 * Marks one of the caller's notifications read (again: no change). Reading is the person's own
 * bookkeeping, not a change to the organisation's work, so it is not in the audit log.
 */
export async function markRead(ctx: OrgCtx, id: string): Promise<Notification> {
  authorize(ctx, "notification.manage");
  const known = NotificationId.safeParse(id).success;
  if (known) await markNotificationRead(ctx.db, ctx.org.orgId, ctx.actor.userId, id, ctx.now);
  const row = known ? await findNotification(ctx.db, ctx.org.orgId, ctx.actor.userId, id) : null;
  if (!row) throw new NotFound("notification", id);
  return toNotification(row);
}

export async function markAllRead(ctx: OrgCtx): Promise<NotificationsMarkedRead> {
  authorize(ctx, "notification.manage");
  const marked = await markAllNotificationsRead(ctx.db, ctx.org.orgId, ctx.actor.userId, ctx.now);
  return { marked, unreadCount: await countUnread(ctx.db, ctx.org.orgId, ctx.actor.userId) };
}

export async function getMyPreferences(ctx: OrgCtx): Promise<NotificationPreferences> {
  authorize(ctx, "notification.read");
  return readPreferences(ctx.db, ctx);
}

/**
 * Changes the channels of the kinds named, refusing with 412 if the preferences changed since
 * `expectedVersion`. Audited like any other change, with the settings before and after.
 */
export async function updateMyPreferences(
  ctx: OrgCtx,
  raw: unknown,
  expectedVersion: number | null,
): Promise<NotificationPreferences> {
  const input = parseInput(NotificationPreferencesUpdate, raw);
  authorize(ctx, "notification.manage");
  return runOrgMutation(ctx, async (tx, change) => {
    if (!(await lockMembership(tx, ctx.org.orgId, ctx.actor.userId)))
      throw new NotFound("member", ctx.actor.userId);
    const before = await readPreferences(tx, ctx);
    if (expectedVersion !== null && expectedVersion !== before.version)
      throw new StaleWrite("notification preferences");
    for (const channels of input.kinds) {
      await upsertPreference(tx, {
        orgId: ctx.org.orgId,
        userId: ctx.actor.userId,
        kind: channels.kind,
        inApp: channels.inApp,
        email: channels.email,
        updatedAt: ctx.now,
      });
    }
    const after = await readPreferences(tx, ctx);
    await change.audit({
      action: "notification_preferences.update",
      entityType: "notification_preferences",
      entityId: ctx.actor.userId,
      before: before.kinds,
      after: after.kinds,
    });
    return after;
  });
}

async function readPreferences(db: Db, ctx: OrgCtx): Promise<NotificationPreferences> {
  const stored = await listPreferences(db, ctx.org.orgId, [ctx.actor.userId]);
  return {
    kinds: effectiveChannels(
      stored.map((s) => ({ kind: NotificationKind.parse(s.kind), inApp: s.inApp, email: s.email })),
    ),
    emailAvailable: ctx.mail !== null,
    // 1 before any choice: no ETag of ours is 0, so a foreign tag never matches.
    version: stored.reduce((sum, s) => sum + s.version, 1),
  };
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: NotificationKind.parse(row.kind),
    title: row.title,
    body: row.body,
    link: row.link,
    entityType: row.entityType,
    entityId: row.entityId,
    projectId: row.projectId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
