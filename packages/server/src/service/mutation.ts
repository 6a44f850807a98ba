import { type AuditRecord, insertAccountAudit, insertOrgAudit } from "../audit/audit-store.js";
import type { AccessChange } from "../auth/access-change.js";
import { withMembersAtEventTime } from "../events/event-audience.js";
import type { EventEnvelope, StagedChanges } from "../events/event-bus.js";
import type { Db } from "../store/database.js";
import type { Ctx, OrgCtx } from "./context.js";

/** What a mutation reports besides its result: its audit row and the events it causes. */
export interface Change {
  /** Records the change in the mutation's own log (its organisation, or the actor's account). */
  audit(record: AuditRecord): Promise<void>;
  /** Records it in another organisation's log (a new organisation, an accepted invitation). */
  auditIn(orgId: string, record: AuditRecord): Promise<void>;
  emit(envelope: EventEnvelope): void;
  /** Says that credentials or memberships remembered by any node may now be wrong. */
  accessChanged(change: AccessChange): void;
  /** Runs once the transaction has committed (wakes the e-mail sender); never on rollback. */
  afterCommit(callback: () => void): void;
}

/**
 * Runs one mutation of an organisation in one transaction with its audit row; its events are
 * published only once the transaction has committed. A mutation that forgets its audit row
 * fails rather than commit an unrecorded change.
 */
export function runOrgMutation<T>(
  ctx: OrgCtx,
  work: (tx: Db, change: Change) => Promise<T>,
): Promise<T> {
  return runMutation(
    ctx,
    (tx, record) => insertOrgAudit(tx, ctx.org.orgId, stampOf(ctx), record),
    work,
  );
}

/** The same for changes to the actor's own account (API tokens), audited per person. */
export function runAccountMutation<T>(
  ctx: Ctx,
  work: (tx: Db, change: Change) => Promise<T>,
): Promise<T> {
  return runMutation(
    ctx,
    (tx, record) => insertAccountAudit(tx, ctx.actor.userId, stampOf(ctx), record),
    work,
  );
}

function stampOf(ctx: Ctx) {
  return { actorId: ctx.actor.userId, requestId: ctx.requestId, at: ctx.now };
}

async function runMutation<T>(
  ctx: Ctx,
  write: (tx: Db, record: AuditRecord) => Promise<void>,
  work: (tx: Db, change: Change) => Promise<T>,
): Promise<T> {
  const events: EventEnvelope[] = [];
  const access: AccessChange[] = [];
  const committedCallbacks: (() => void)[] = [];
  let staged: StagedChanges = { events, access };
  const result = await ctx.db.transaction(async (tx) => {
    let audited = 0;
    const change: Change = {
      async audit(record) {
        audited++;
        await write(tx, record);
      },
      async auditIn(orgId, record) {
        audited++;
        await insertOrgAudit(tx, orgId, stampOf(ctx), record);
      },
      emit(envelope) {
        events.push(envelope);
      },
      accessChanged(change) {
        access.push(change);
      },
      afterCommit(callback) {
        committedCallbacks.push(callback);
      },
    };
    const value = await work(tx, change);
    if (audited === 0) throw new Error("a mutation finished without writing its audit row");
    staged = { events: await withMembersAtEventTime(tx, events), access };
    await ctx.events.stage(tx, staged);
    return value;
  });
  ctx.events.committed(staged);
  for (const callback of committedCallbacks) callback();
  return result;
}
