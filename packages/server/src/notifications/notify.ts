import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@orrery/contracts/notifications";
import { defaultChannels } from "@orrery/core/notifications/notification-preferences";
import { type EventOrigin, orgEvent } from "../events/org-event.js";
import type { OrgCtx } from "../service/context.js";
import type { Change } from "../service/mutation.js";
import type { Db } from "../store/database.js";
import { appUrlOf, type MailOutbox } from "./mail-outbox.js";
import {
  insertNotification,
  insertOutbox,
  listPreferences,
  membersWithEmail,
} from "./notification-store.js";

/** What happened, to whom, and where it leads; the same for the app and the e-mail. */
export interface NotificationFacts {
  readonly kind: NotificationKind;
  readonly recipientIds: readonly string[];
  readonly title: string;
  readonly body: string;
  /** Path in the web app below the organisation: `/projects/ALPHA/gates/1/reviews/…`. */
  readonly link: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly projectId: string | null;
  /** Set by periodic producers: a second notification with the same key is not made. */
  readonly dedupeKey?: string;
}

/** The organisation notified in, and what is needed to queue its e-mail. */
export interface NotifyTarget {
  readonly orgId: string;
  readonly orgSlug: string;
  readonly now: Date;
  readonly mail: MailOutbox | null;
}

export interface Notified {
  /** Those who got an in-app notification (for the live event). */
  readonly inApp: string[];
  /** Those whose e-mail was queued. */
  readonly emailed: string[];
}

/** Recipients per live event, keeping the NOTIFY payload well under PostgreSQL's 8000 bytes. */
const EVENT_RECIPIENTS = 50;

/**
 * Notifies people inside the caller's transaction, each on the channels they chose for the
 * kind (see `defaultChannels`): a row in their notification centre, an e-mail in the outbox, or
 * both. People who are not members of the organisation (any more) are skipped.
 */
export async function notify(
  tx: Db,
  target: NotifyTarget,
  facts: NotificationFacts,
): Promise<Notified> {
  const ids = [...new Set(facts.recipientIds)];
  const people = await membersWithEmail(tx, target.orgId, ids);
  const stored = await listPreferences(tx, target.orgId, ids);
  const inApp: string[] = [];
  const emailed: string[] = [];
  for (const person of people) {
    const choice = stored.find((s) => s.userId === person.userId && s.kind === facts.kind);
    const channels = choice ?? defaultChannels(facts.kind);
    if (channels.inApp) {
      const inserted = await insertNotification(tx, {
        orgId: target.orgId,
        id: randomUUID(),
        userId: person.userId,
        kind: facts.kind,
        title: facts.title,
        body: facts.body,
        link: facts.link,
        entityType: facts.entityType,
        entityId: facts.entityId,
        projectId: facts.projectId,
        dedupeKey: facts.dedupeKey ?? null,
        createdAt: target.now,
      });
      if (inserted) inApp.push(person.userId);
    }
    if (channels.email && target.mail) {
      const inserted = await insertOutbox(tx, {
        orgId: target.orgId,
        id: randomUUID(),
        userId: person.userId,
        kind: facts.kind,
        toAddress: person.email,
        subject: facts.title,
        text: emailText(target.mail.publicUrl, target.orgSlug, facts),
        dedupeKey: facts.dedupeKey ?? null,
        nextAttemptAt: target.now,
        createdAt: target.now,
      });
      if (inserted) emailed.push(person.userId);
    }
  }
  return { inApp, emailed };
}

function emailText(publicUrl: URL, orgSlug: string, facts: NotificationFacts): string {
  return [
    facts.body,
    "",
    `Open it in Orrery: ${appUrlOf(publicUrl, orgSlug, facts.link)}`,
    "",
    `You receive this e-mail because of your notification settings: ${new URL("/account", publicUrl)}`,
  ].join("\n");
}

/**
 * `notify` from inside a mutation: the actor is not told of their own act, the recipients'
 * bells update live once it commits, and the e-mail sender is woken then.
 */
export async function notifyInMutation(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  facts: NotificationFacts,
): Promise<void> {
  const recipientIds = facts.recipientIds.filter((id) => id !== ctx.actor.userId);
  if (recipientIds.length === 0) return;
  const notified = await notify(
    tx,
    { orgId: ctx.org.orgId, orgSlug: ctx.org.slug, now: ctx.now, mail: ctx.mail },
    { ...facts, recipientIds },
  );
  for (const envelope of notificationEvents(ctx, facts, notified.inApp)) change.emit(envelope);
  const mail = ctx.mail;
  if (notified.emailed.length > 0 && mail) change.afterCommit(() => mail.wake());
}

/** The live events telling recipients a notification arrived, a few dozen recipients each. */
export function notificationEvents(
  ctx: EventOrigin,
  facts: Pick<NotificationFacts, "entityType" | "entityId" | "projectId" | "title">,
  userIds: readonly string[],
) {
  const events = [];
  for (let i = 0; i < userIds.length; i += EVENT_RECIPIENTS) {
    events.push(
      orgEvent(ctx, {
        type: "notification.created",
        entityType: facts.entityType,
        entityId: facts.entityId,
        projectId: facts.projectId,
        summary: facts.title,
        audience: { kind: "users", userIds: userIds.slice(i, i + EVENT_RECIPIENTS) },
      }),
    );
  }
  return events;
}
