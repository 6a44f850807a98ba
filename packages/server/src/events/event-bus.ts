import { OrgEvent } from "@orrery/contracts/events";
import { z } from "zod";
import type { AccessChange, AccessChangeListener } from "../auth/access-change.js";
import type { Db } from "../store/database.js";

/**
 * Who may receive an event: everyone in the organisation, or only those who may read one
 * project. `memberIds` are the project's members when the event happened (filled in by the
 * mutation, so a stream that lags behind still decides as of the event, and a deleted
 * project's members still hear of it); absent only when too many to carry in a notification,
 * and then current membership decides. `users`: only the people named (their own notifications).
 */
export const Audience = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("org") }),
  z.object({ kind: z.literal("users"), userIds: z.array(z.string()) }),
  z.object({
    kind: z.literal("project"),
    projectId: z.string(),
    memberIds: z.array(z.string()).optional(),
  }),
]);
export type Audience = z.infer<typeof Audience>;

export const EventEnvelope = z.object({ event: OrgEvent, audience: Audience });
export type EventEnvelope = z.infer<typeof EventEnvelope>;

export type EventListener = (envelope: EventEnvelope) => void;

/** What one mutation tells the other nodes and subscribers once it has committed. */
export interface StagedChanges {
  readonly events: readonly EventEnvelope[];
  readonly access: readonly AccessChange[];
}

/**
 * Fans committed changes out: domain events to live subscribers, access changes to the access
 * cache of every node. `stage` runs inside the mutation's transaction and `committed` after it:
 * PostgreSQL publishes in `stage` (NOTIFY is delivered only on commit, to every node), the
 * embedded store publishes in `committed` (one process). Access changes also reach this node's
 * own listener in `committed`, before the response leaves, so a revoked token fails at once
 * here and within a notification's latency elsewhere.
 */
export interface EventBus {
  stage(tx: Db, changes: StagedChanges): Promise<void>;
  committed(changes: StagedChanges): void;
  subscribe(orgId: string, listener: EventListener): () => void;
  close(): Promise<void>;
}

/** Subscribers of this process, by organisation. */
export class LocalSubscribers {
  readonly #byOrg = new Map<string, Set<EventListener>>();

  subscribe(orgId: string, listener: EventListener): () => void {
    const set = this.#byOrg.get(orgId) ?? new Set<EventListener>();
    this.#byOrg.set(orgId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#byOrg.delete(orgId);
    };
  }

  deliver(envelope: EventEnvelope): void {
    const set = this.#byOrg.get(envelope.event.orgId);
    if (!set) return;
    for (const listener of set) listener(envelope);
  }

  get count(): number {
    let n = 0;
    for (const set of this.#byOrg.values()) n += set.size;
    return n;
  }
}

/** The embedded store's bus: one process, so delivery after commit is all there is to do. */
export function inProcessEventBus(access: AccessChangeListener): EventBus {
  const subscribers = new LocalSubscribers();
  return {
    async stage() {},
    committed({ events, access: changes }) {
      for (const change of changes) access.changed(change);
      if (events.length === 0) return;
      // Delivered on the next tick so a slow subscriber never delays the response.
      setImmediate(() => {
        for (const envelope of events) subscribers.deliver(envelope);
      });
    },
    subscribe: (orgId, listener) => subscribers.subscribe(orgId, listener),
    async close() {},
  };
}
