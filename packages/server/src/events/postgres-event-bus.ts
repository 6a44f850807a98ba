import { sql } from "drizzle-orm";
import { AccessChange, type AccessChangeListener } from "../auth/access-change.js";
import type { NotificationChannel } from "../store/store.js";
import { type EventBus, EventEnvelope, LocalSubscribers } from "./event-bus.js";

const EVENTS_CHANNEL = "orrery_events";
const ACCESS_CHANNEL = "orrery_access";
/** NOTIFY payloads must stay under 8000 bytes; a project's member list is dropped above this. */
const PAYLOAD_LIMIT = 7500;

/**
 * Publishes with `pg_notify` inside the mutation's transaction: PostgreSQL delivers it to every
 * listening node, this one included, only once the transaction commits, and never if it rolls
 * back. Each node then hands events to its own subscribers and access changes to its cache.
 * While the listening connection is down the cache is told it cannot rely on what it hears.
 */
export async function postgresEventBus(
  channel: NotificationChannel,
  access: AccessChangeListener,
  onBadPayload: (error: unknown) => void,
): Promise<EventBus> {
  const subscribers = new LocalSubscribers();
  const unlistenEvents = await channel.listen(EVENTS_CHANNEL, (payload) => {
    try {
      subscribers.deliver(EventEnvelope.parse(JSON.parse(payload)));
    } catch (error) {
      onBadPayload(error);
    }
  });
  const unlistenAccess = await channel.listen(
    ACCESS_CHANNEL,
    (payload) => {
      try {
        access.changed(AccessChange.parse(JSON.parse(payload)));
      } catch (error) {
        // Unreadable, so unknown what it revoked: forget everything rather than guess.
        access.changed({ kind: "all" });
        onBadPayload(error);
      }
    },
    (listening) => access.hearing(listening),
  );
  return {
    async stage(tx, { events, access: changes }) {
      for (const envelope of events) {
        await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${payloadOf(envelope)})`);
      }
      for (const change of changes) {
        await tx.execute(sql`select pg_notify(${ACCESS_CHANNEL}, ${JSON.stringify(change)})`);
      }
    },
    committed({ access: changes }) {
      // This node forgets at once; the notification reaches it again a moment later, harmlessly.
      for (const change of changes) access.changed(change);
    },
    subscribe: (orgId, listener) => subscribers.subscribe(orgId, listener),
    async close() {
      await unlistenEvents();
      await unlistenAccess();
    },
  };
}

function payloadOf(envelope: EventEnvelope): string {
  const text = JSON.stringify(envelope);
  if (Buffer.byteLength(text) <= PAYLOAD_LIMIT || envelope.audience.kind !== "project") return text;
  // Without the member list only org-wide readers hear of it: narrower, never wider.
  const { memberIds: _dropped, ...audience } = envelope.audience;
  return JSON.stringify({ ...envelope, audience });
}
