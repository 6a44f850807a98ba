import { randomUUID } from "node:crypto";
import type { OrgEventType } from "@orrery/contracts/events";
import type { OrgCtx } from "../service/context.js";
import type { Audience, EventEnvelope } from "./event-bus.js";

export interface EventFacts {
  readonly type: OrgEventType;
  readonly entityType: string;
  readonly entityId: string;
  readonly projectId?: string | null;
  readonly summary: string;
  /** The plan's version after an edit of it. */
  readonly planVersion?: number;
  /** Defaults to everyone in the organisation. */
  readonly audience?: Audience;
}

/** Where an event comes from: a request's context, or a server job acting for nobody. */
export interface EventOrigin {
  readonly org: Pick<OrgCtx["org"], "orgId">;
  readonly actor: Pick<OrgCtx["actor"], "userId"> | null;
  readonly now: Date;
}

/** An event of the context's organisation, stamped with its actor and time. */
export function orgEvent(ctx: EventOrigin, facts: EventFacts): EventEnvelope {
  return {
    event: {
      id: randomUUID(),
      type: facts.type,
      orgId: ctx.org.orgId,
      entityType: facts.entityType,
      entityId: facts.entityId,
      projectId: facts.projectId ?? null,
      summary: facts.summary,
      planVersion: facts.planVersion ?? null,
      actorId: ctx.actor?.userId ?? null,
      at: ctx.now.toISOString(),
    },
    audience: facts.audience ?? { kind: "org" },
  };
}
