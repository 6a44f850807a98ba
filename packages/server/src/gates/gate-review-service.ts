import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import {
  type GateCondition,
  type GateReview,
  GateReviewDecision,
  type GateReviewListQuery,
  GateReviewRequest,
  GateReviewState,
} from "@orrery/contracts/lifecycle";
import type { ProjectRole } from "@orrery/contracts/roles";
import type { StatusReport } from "@orrery/contracts/status-reports";
import type { TemplateContent } from "@orrery/contracts/templates";
import { isAllowed } from "@orrery/core/access/policy";
import { Conflict, Forbidden, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { mayDecideGate, requestRefusal } from "@orrery/core/governance/gate-readiness";
import { z } from "zod";
import { listGateAttachments } from "../documents/document-store.js";
import { orgEvent } from "../events/org-event.js";
import {
  applyTransition,
  type LockedLifecycle,
  lockProjectLifecycle,
  statePatch,
  writeLifecycle,
} from "../lifecycle/lifecycle-service.js";
import { attachedFor, recordedFor } from "../lifecycle/lifecycle-shape.js";
import { findLifecycle } from "../lifecycle/lifecycle-store.js";
import {
  notifyGateDecided,
  notifyGateReviewRequested,
} from "../notifications/notification-triggers.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { findVisibleProject } from "../projects/project-access.js";
import { person } from "../projects/project-store.js";
import { raidReader, recordRaidItem } from "../raid/raid-service.js";
import { toRaidItem } from "../raid/raid-shape.js";
import { findRaidView } from "../raid/raid-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import { toStatusReport } from "../status-reports/status-report-shape.js";
import { latestReportsOf } from "../status-reports/status-report-store.js";
import type { Db } from "../store/database.js";
import { readTemplateVersion } from "../templates/template-service.js";
import {
  findReviewView,
  type GateReviewView,
  insertReview,
  listReviewViews,
  lockReview,
  updateReview,
} from "./gate-review-store.js";

const ReviewId = z.uuid();
const ListCursor = z.object({ requestedAt: z.iso.datetime(), id: z.uuid() });
/** `{gate}` in a URL: the gate's number, 1 for the gate closing the first phase. */
const GateNumber = z.coerce.number().int().min(1).max(1000);

/** The reviews of one gate of a project, newest first. */
export async function listGateReviews(
  ctx: OrgCtx,
  projectIdOrKey: string,
  gate: string,
  query: GateReviewListQuery,
): Promise<Page<GateReview>> {
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lifecycle.read", myRole);
  const content = await contentOf(ctx.db, ctx, project.id, projectIdOrKey);
  const phase = phaseOfGate(gate, content);
  const after = query.cursor ? decodeCursor(ListCursor, query.cursor) : null;
  const rows = await listReviewViews(
    ctx.db,
    ctx.org.orgId,
    project.id,
    phase,
    after,
    query.limit + 1,
  );
  const items = await Promise.all(
    rows.slice(0, query.limit).map((view) => toGateReview(ctx.db, ctx, view, content, myRole)),
  );
  const page = pageOf(
    rows,
    query.limit,
    () => null,
    (view) => ({
      requestedAt: view.row.requestedAt.toISOString(),
      id: view.row.id,
    }),
  );
  return { items, nextCursor: page.nextCursor };
}

export async function getGateReview(
  ctx: OrgCtx,
  projectIdOrKey: string,
  gate: string,
  reviewId: string,
): Promise<GateReview> {
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lifecycle.read", myRole);
  const content = await contentOf(ctx.db, ctx, project.id, projectIdOrKey);
  const phase = phaseOfGate(gate, content);
  const view = ReviewId.safeParse(reviewId).success
    ? await findReviewView(ctx.db, ctx.org.orgId, project.id, reviewId)
    : null;
  if (!view || view.row.phase !== phase) throw new NotFound("gate review", reviewId);
  return toGateReview(ctx.db, ctx, view, content, myRole);
}

/**
 * The project manager asks the gate's reviewers to decide. Only the next gate, only once its
 * checklist is complete, and only when core's lifecycle allows it; otherwise 409 with the reason.
 */
export async function requestGateReview(
  ctx: OrgCtx,
  projectIdOrKey: string,
  gate: string,
  raw: unknown,
): Promise<GateReview> {
  const input = parseInput(GateReviewRequest, raw ?? {});
  return runOrgMutation(ctx, async (tx, change) => {
    const locked = await lockProjectLifecycle(tx, ctx, projectIdOrKey, "lifecycle.manage");
    const phase = nextGatePhase(gate, locked);
    const gateDef = locked.content.phases[phase]?.gate;
    if (!gateDef) throw new NotFound("gate", gate);
    const next = applyTransition(locked.state, { kind: "request" });
    const attachments = await listGateAttachments(tx, ctx.org.orgId, locked.project.id);
    const refusal = requestRefusal(
      gateDef,
      recordedFor(locked.row, phase),
      attachedFor(attachments, phase),
    );
    if (refusal) throw new Conflict(refusal);
    const id = randomUUID();
    await insertReview(tx, {
      orgId: ctx.org.orgId,
      id,
      projectId: locked.project.id,
      phase,
      templateVersion: locked.row.templateVersion,
      gateName: gateDef.name,
      note: input.note,
      dueDate: input.dueDate,
      requestedAt: ctx.now,
      requestedBy: ctx.actor.userId,
    });
    await writeLifecycle(tx, ctx, change, locked, statePatch(next), "request");
    const review = await readBack(tx, ctx, locked, id);
    await recordChange(ctx, change, "requested", null, review);
    await notifyGateReviewRequested(tx, ctx, change, gateDef, review);
    return review;
  });
}

/**
 * A reviewer decides. Conditions of an approval become RAID actions of the project; a decision
 * on a review that changed since the reviewer read it (`If-Match`) is refused with 412.
 */
export async function decideGateReview(
  ctx: OrgCtx,
  projectIdOrKey: string,
  gate: string,
  reviewId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<GateReview> {
  const input = parseInput(GateReviewDecision, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const locked = await lockProjectLifecycle(tx, ctx, projectIdOrKey, "gate.decide");
    const phase = phaseOfGate(gate, locked.content);
    const current = ReviewId.safeParse(reviewId).success
      ? await lockReview(tx, ctx.org.orgId, locked.project.id, reviewId)
      : null;
    if (!current || current.phase !== phase) throw new NotFound("gate review", reviewId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("gate review");
    if (current.state !== "requested")
      throw new Conflict(`the review was already decided: ${current.state.replaceAll("_", " ")}`);
    const gateDef = locked.content.phases[phase]?.gate;
    if (!gateDef) throw new NotFound("gate", gate);
    if (!mayDecideGate(ctx.org.role, gateDef))
      throw new Forbidden(`the gate "${gateDef.name}" does not name your role among its reviewers`);
    const next = applyTransition(locked.state, { kind: "decide", decision: input.decision });
    const before = await readBack(tx, ctx, locked, current.id);
    const conditionIds: string[] = [];
    for (const condition of input.conditions) {
      const action = await recordRaidItem(tx, ctx, change, locked.project, {
        type: "action",
        title: condition.title,
        description: `Condition of approval of the gate "${gateDef.name}"`,
        status: "open",
        ownerId: condition.ownerId,
        dueDate: condition.dueDate,
      });
      conditionIds.push(action.id);
    }
    const decided = await updateReview(
      tx,
      ctx.org.orgId,
      locked.project.id,
      current.id,
      current.version,
      {
        state: input.decision,
        comments: input.comments,
        conditionItemIds: conditionIds,
        decidedAt: ctx.now,
        decidedBy: ctx.actor.userId,
      },
    );
    if (!decided) throw new StaleWrite("gate review");
    await writeLifecycle(tx, ctx, change, locked, statePatch(next), "decide");
    const after = await readBack(tx, ctx, locked, current.id);
    await recordChange(ctx, change, "decided", before, after);
    await notifyGateDecided(tx, ctx, change, locked.project.managerId, after);
    return after;
  });
}

/** The phase index a `{gate}` names, if the template version has it; else 404. */
function phaseOfGate(gate: string, content: TemplateContent): number {
  const parsed = GateNumber.safeParse(gate);
  if (!parsed.success || parsed.data > content.phases.length) throw new NotFound("gate", gate);
  return parsed.data - 1;
}

/** Reviews are requested of the gate closing the current phase only. */
function nextGatePhase(gate: string, locked: LockedLifecycle): number {
  const phase = phaseOfGate(gate, locked.content);
  if (phase !== locked.state.phase)
    throw new Conflict(
      `gate ${phase + 1} is not the next gate; the project is in phase ${locked.state.phase + 1}, closed by gate ${locked.state.phase + 1}`,
    );
  return phase;
}

async function contentOf(
  db: Db,
  ctx: OrgCtx,
  projectId: string,
  projectIdOrKey: string,
): Promise<TemplateContent> {
  const row = await findLifecycle(db, ctx.org.orgId, projectId);
  if (!row) throw new NotFound("lifecycle of project", projectIdOrKey);
  return (await readTemplateVersion(db, ctx, row.templateId, row.templateVersion)).content;
}

async function readBack(
  tx: Db,
  ctx: OrgCtx,
  locked: LockedLifecycle,
  id: string,
): Promise<GateReview> {
  const view = await findReviewView(tx, ctx.org.orgId, locked.project.id, id);
  if (!view) throw new Error(`gate review ${id} vanished inside its own transaction`);
  return toGateReview(tx, ctx, view, locked.content, locked.myRole);
}

/**
 * The project's latest submitted (or accepted) status report, which reviewers weigh with the
 * criteria; null when there is none or the caller may not read the project's reports.
 */
async function latestReportFor(
  db: Db,
  ctx: OrgCtx,
  projectId: string,
  myRole: ProjectRole | null,
): Promise<StatusReport | null> {
  const grant = { orgRole: ctx.org.role, projectRole: myRole, scope: ctx.actor.scope };
  if (!isAllowed(grant, "status_report.read")) return null;
  const [latest] = await latestReportsOf(db, ctx.org.orgId, [projectId], 1);
  return latest ? toStatusReport(latest) : null;
}

async function toGateReview(
  db: Db,
  ctx: OrgCtx,
  view: GateReviewView,
  content: TemplateContent,
  myRole: ProjectRole | null,
): Promise<GateReview> {
  const r = view.row;
  const gate = content.phases[r.phase]?.gate;
  const state = GateReviewState.parse(r.state);
  const conditions: GateCondition[] = [];
  for (const itemId of r.conditionItemIds) {
    const item = await findRaidView(db, ctx.org.orgId, r.projectId, itemId, raidReader(ctx));
    if (item) {
      const action = toRaidItem(item);
      conditions.push({
        id: action.id,
        ref: action.ref,
        title: action.title,
        dueDate: action.dueDate,
      });
    }
  }
  const attached = attachedFor(await listGateAttachments(db, ctx.org.orgId, r.projectId), r.phase);
  return {
    id: r.id,
    project: { id: r.projectId, key: view.projectKey, name: view.projectName },
    gate: r.phase + 1,
    gateName: r.gateName,
    templateVersion: r.templateVersion,
    state,
    note: r.note,
    dueDate: r.dueDate,
    requestedAt: r.requestedAt.toISOString(),
    requestedBy: person(r.requestedBy, view.requesterName, view.requesterEmail),
    comments: r.comments,
    conditions,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedBy: person(r.decidedBy, view.deciderName, view.deciderEmail),
    reviewerRoles: gate?.reviewerRoles ?? [],
    documents: attached.map((a) => ({
      id: a.documentId,
      title: a.title,
      deliverable: a.deliverable,
      latestVersion: a.latestVersion,
    })),
    mayDecide:
      state === "requested" &&
      gate !== undefined &&
      isAllowed({ orgRole: ctx.org.role, scope: ctx.actor.scope }, "gate.decide") &&
      mayDecideGate(ctx.org.role, gate),
    latestStatusReport: await latestReportFor(db, ctx, r.projectId, myRole),
    version: r.version,
  };
}

const CHANGES = {
  requested: { action: "gate_review.request", event: "gate_review.requested", verb: "requested" },
  decided: { action: "gate_review.decide", event: "gate_review.decided", verb: "decided" },
} as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  before: GateReview | null,
  after: GateReview,
): Promise<void> {
  await change.audit({
    action: CHANGES[what].action,
    entityType: "gate_review",
    entityId: after.id,
    before,
    after,
  });
  const outcome = what === "decided" ? `: ${after.state.replaceAll("_", " ")}` : "";
  change.emit(
    orgEvent(ctx, {
      type: CHANGES[what].event,
      entityType: "gate_review",
      entityId: after.id,
      projectId: after.project.id,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} the review of ${after.project.key} gate ${after.gate} ${after.gateName}${outcome}`,
      audience: { kind: "project", projectId: after.project.id },
    }),
  );
}
