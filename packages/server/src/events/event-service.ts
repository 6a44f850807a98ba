import type { OrgEvent } from "@orrery/contracts/events";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { mayReceive } from "./event-audience.js";

export interface EventSink {
  send(event: OrgEvent): void;
  /** The subscriber lost access (left the organisation): the stream should end. */
  end(): void;
  failed(error: unknown): void;
}

/**
 * Subscribes the caller to their organisation's live events, each filtered by what they may
 * read at that moment. Events reach the sink in the order they happened.
 */
export function subscribeToOrgEvents(ctx: OrgCtx, sink: EventSink): () => void {
  authorize(ctx, "events.subscribe");
  let chain: Promise<void> = Promise.resolve();
  let open = true;
  const unsubscribe = ctx.events.subscribe(ctx.org.orgId, (envelope) => {
    chain = chain.then(async () => {
      if (!open) return;
      try {
        const verdict = await mayReceive(ctx.db, ctx.actor.userId, envelope);
        if (verdict === "yes") sink.send(envelope.event);
        if (verdict === "left-org") sink.end();
      } catch (error) {
        sink.failed(error);
      }
    });
  });
  return () => {
    open = false;
    unsubscribe();
  };
}
