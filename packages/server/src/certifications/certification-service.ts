import { randomUUID } from "node:crypto";
import {
  type Certification,
  CertificationCreate,
  CertificationListQuery,
  CertificationUpdate,
  CredentialKind,
} from "@orrery/contracts/certifications";
import type { Page } from "@orrery/contracts/common";
import { isAllowed } from "@orrery/core/access/policy";
import { Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { findMember } from "../members/member-store.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorize } from "../service/authorize.js";
import { addDays, todayOf } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import {
  type CertificationRow,
  type CertificationView,
  deleteCertification as deleteRow,
  findCertificationView,
  insertCertification,
  listCertificationViews,
  lockCertification,
  updateCertification as updateRow,
} from "./certification-store.js";

// Certifications and training: everyone keeps their own; the PMO and resource managers see
// everyone's and may record them for others.

const RecordId = z.uuid();
const Cursor = z.object({ expiresOn: z.string().nullable(), id: z.uuid() });

function can(ctx: OrgCtx, action: "certification.list_all" | "certification.manage"): boolean {
  return isAllowed({ orgRole: ctx.org.role, projectRole: null, scope: ctx.actor.scope }, action);
}

function toCertification(view: CertificationView): Certification {
  const r = view.row;
  return {
    id: r.id,
    person: { id: r.userId, name: view.personName, email: view.personEmail },
    kind: CredentialKind.parse(r.kind),
    name: r.name,
    issuer: r.issuer,
    credentialId: r.credentialId,
    obtainedOn: r.obtainedOn,
    expiresOn: r.expiresOn,
    notes: r.notes,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Records soonest expiry first: everyone's for the PMO, one's own for everyone else. */
export async function listCertifications(ctx: OrgCtx, raw: unknown): Promise<Page<Certification>> {
  const query = parseInput(CertificationListQuery, raw);
  authorize(ctx, "certification.read");
  const userId = can(ctx, "certification.list_all") ? query.userId : ctx.actor.userId;
  const today = todayOf(ctx);
  const after = query.cursor ? decodeCursor(Cursor, query.cursor) : null;
  const views = await listCertificationViews(
    ctx.db,
    ctx.org.orgId,
    {
      userId,
      q: query.q,
      kind: query.kind,
      expiringBy:
        query.expiringWithinDays === undefined
          ? undefined
          : addDays(today, query.expiringWithinDays),
    },
    after,
    query.limit + 1,
  );
  return pageOf(views, query.limit, toCertification, (view) => ({
    expiresOn: view.row.expiresOn,
    id: view.row.id,
  }));
}

/** A record of the caller's own, or (with the right) of another member's. */
export async function createCertification(ctx: OrgCtx, raw: unknown): Promise<Certification> {
  const input = parseInput(CertificationCreate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    authorize(ctx, "certification.record");
    const userId = input.userId ?? ctx.actor.userId;
    if (userId !== ctx.actor.userId) authorize(ctx, "certification.manage");
    if (!(await findMember(tx, ctx.org.orgId, userId)))
      throw new Invalid([{ path: "userId", message: "is not a member of this organisation" }]);
    const { userId: _userId, ...fields } = input;
    const id = randomUUID();
    await insertCertification(tx, {
      ...fields,
      orgId: ctx.org.orgId,
      id,
      userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const after = await readBack(tx, ctx, id);
    await recordChange(ctx, change, "created", { before: null, after });
    return after;
  });
}

export async function updateCertification(
  ctx: OrgCtx,
  id: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Certification> {
  const input = parseInput(CertificationUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const current = await lockWritable(tx, ctx, id, expectedVersion);
    const obtainedOn = input.obtainedOn === undefined ? current.obtainedOn : input.obtainedOn;
    const expiresOn = input.expiresOn === undefined ? current.expiresOn : input.expiresOn;
    if (obtainedOn && expiresOn && expiresOn < obtainedOn)
      throw new Invalid([{ path: "expiresOn", message: "must not be before the date obtained" }]);
    const before = await readBack(tx, ctx, id);
    if (
      !(await updateRow(tx, ctx.org.orgId, id, current.version, { ...input, updatedAt: ctx.now }))
    )
      throw new StaleWrite("certification");
    const after = await readBack(tx, ctx, id);
    await recordChange(ctx, change, "updated", { before, after });
    return after;
  });
}

export async function deleteCertification(
  ctx: OrgCtx,
  id: string,
  expectedVersion: number | null,
): Promise<void> {
  await runOrgMutation(ctx, async (tx, change) => {
    const current = await lockWritable(tx, ctx, id, expectedVersion);
    const before = await readBack(tx, ctx, id);
    if (!(await deleteRow(tx, ctx.org.orgId, id, current.version)))
      throw new StaleWrite("certification");
    await recordChange(ctx, change, "deleted", { before, after: null });
  });
}

/**
 * A record the caller may change: their own, or anyone's with the right. Someone else's record
 * the caller may not even list is a 404, as if it did not exist.
 */
async function lockWritable(
  tx: Db,
  ctx: OrgCtx,
  id: string,
  expectedVersion: number | null,
): Promise<CertificationRow> {
  authorize(ctx, "certification.record");
  const current = RecordId.safeParse(id).success
    ? await lockCertification(tx, ctx.org.orgId, id)
    : null;
  const own = current?.userId === ctx.actor.userId;
  if (!current || (!own && !can(ctx, "certification.list_all")))
    throw new NotFound("certification", id);
  if (!own) authorize(ctx, "certification.manage");
  if (expectedVersion !== null && expectedVersion !== current.version)
    throw new StaleWrite("certification");
  return current;
}

async function readBack(tx: Db, ctx: OrgCtx, id: string): Promise<Certification> {
  const view = await findCertificationView(tx, ctx.org.orgId, id);
  if (!view) throw new Error(`certification ${id} vanished inside its own transaction`);
  return toCertification(view);
}

const VERBS = { created: "recorded", updated: "updated", deleted: "deleted" } as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof VERBS,
  states: { before: Certification | null; after: Certification | null },
): Promise<void> {
  const record = states.after ?? states.before;
  if (!record) throw new Error("a certification change needs the record before or after it");
  await change.audit({
    action: `certification.${what === "created" ? "create" : what === "updated" ? "update" : "delete"}`,
    entityType: "certification",
    entityId: record.id,
    ...states,
  });
  change.emit(
    orgEvent(ctx, {
      type: `certification.${what}`,
      entityType: "certification",
      entityId: record.id,
      summary: `${ctx.actor.name} ${VERBS[what]} ${record.person.name}'s ${record.name}`,
    }),
  );
}
