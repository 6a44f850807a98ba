import {
  LifecycleApply,
  LifecycleMigrate,
  LifecycleUpdate,
  type ProjectLifecycle,
} from "@orrery/contracts/lifecycle";
import { RaidItemCreate } from "@orrery/contracts/raid";
import type { ProjectRole } from "@orrery/contracts/roles";
import { TemplateContent } from "@orrery/contracts/templates";
import type { Action } from "@orrery/core/access/policy";
import { Conflict, Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { migrationRefusal } from "@orrery/core/governance/gate-readiness";
import {
  type Lifecycle,
  type LifecycleAction,
  transition,
} from "@orrery/core/governance/lifecycle";
import { listGateAttachments } from "../documents/document-store.js";
import { orgEvent } from "../events/org-event.js";
import { findPendingReview } from "../gates/gate-review-store.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { recordRaidItem } from "../raid/raid-service.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { readTemplateVersion } from "../templates/template-service.js";
import { findTemplateVersion, lockTemplate } from "../templates/template-store.js";
import {
  lifecycleOf,
  StoredChecklist,
  StoredGateDates,
  toProjectLifecycle,
} from "./lifecycle-shape.js";
import {
  findLifecycleView,
  insertLifecycle,
  type LifecycleInsert,
  type LifecycleRow,
  lockLifecycle,
  updateLifecycle as updateLifecycleRow,
} from "./lifecycle-store.js";

type ProjectNames = Pick<ProjectRow, "id" | "key" | "name">;

/** A project's lifecycle as the caller sees it; 404 when the project follows no template. */
export async function getLifecycle(ctx: OrgCtx, projectIdOrKey: string): Promise<ProjectLifecycle> {
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lifecycle.read", myRole);
  return readLifecycle(ctx.db, ctx, project);
}

/** Puts a project that has no lifecycle yet on a version of a template. */
export async function applyTemplate(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
): Promise<ProjectLifecycle> {
  const input = parseInput(LifecycleApply, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "lifecycle.manage", myRole);
    if (await lockLifecycle(tx, ctx.org.orgId, project.id))
      throw new Conflict(
        "the project already follows a template; move it to a newer version instead",
      );
    return startProjectLifecycle(tx, ctx, change, project, input.templateId, input.version ?? null);
  });
}

/**
 * Starts the lifecycle of a project inside a caller's mutation (applying a template, or creating
 * a project from one): first phase, gate open, on the chosen version or the latest.
 */
export async function startProjectLifecycle(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: ProjectNames,
  templateId: string,
  version: number | null,
): Promise<ProjectLifecycle> {
  const template = await lockTemplate(tx, ctx.org.orgId, templateId);
  if (!template)
    throw new Invalid([{ path: "templateId", message: "is not a template of this organisation" }]);
  const chosen = version ?? template.version;
  if (chosen > template.version)
    throw new Invalid([
      { path: "version", message: `must be at most ${template.version}, the latest version` },
    ]);
  await insertLifecycle(tx, {
    orgId: ctx.org.orgId,
    projectId: project.id,
    templateId,
    templateVersion: chosen,
    startedAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  });
  const after = await readLifecycle(tx, ctx, project);
  await recordChange(ctx, change, "apply", null, after);
  await recordDefaultRisks(tx, ctx, change, project, templateId, chosen);
  return after;
}

/** The template version's default risks, recorded as the first threats of the project's RAID log. */
async function recordDefaultRisks(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: ProjectNames,
  templateId: string,
  version: number,
): Promise<void> {
  const { content } = await readTemplateVersion(tx, ctx, templateId, version);
  for (const risk of content.defaultRisks)
    await recordRaidItem(
      tx,
      ctx,
      change,
      project,
      RaidItemCreate.parse({
        type: "risk",
        title: risk.title,
        probability: risk.probability,
        impact: risk.impact,
        description: `A default risk of the ${content.name} template${risk.category ? `, category ${risk.category}` : ""}.`,
      }),
    );
}

/**
 * Moves the project to a newer version of its template: an explicit act, audited with both
 * versions. The project keeps its phase number, gate state and what it ticked.
 */
export async function migrateLifecycle(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ProjectLifecycle> {
  const input = parseInput(LifecycleMigrate, raw);
  return changeLifecycle(ctx, projectIdOrKey, expectedVersion, "migrate", async (tx, locked) => {
    const { row } = locked;
    if (input.version <= row.templateVersion)
      throw new Invalid([
        { path: "version", message: `must be newer than ${row.templateVersion}, the current one` },
      ]);
    const target = await findTemplateVersion(tx, ctx.org.orgId, row.templateId, input.version);
    if (!target)
      throw new Invalid([
        { path: "version", message: "is not a published version of the template" },
      ]);
    const refusal = migrationRefusal(
      row.phase,
      TemplateContent.parse(target.row.content).phases.length,
    );
    if (refusal) throw new Conflict(refusal);
    return { templateVersion: input.version };
  });
}

/** Ticks lines of the next gate's checklist and plans gate dates. */
export async function updateLifecycle(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ProjectLifecycle> {
  const input = parseInput(LifecycleUpdate, raw);
  return changeLifecycle(ctx, projectIdOrKey, expectedVersion, "update", async (_tx, locked) => {
    const { row, content } = locked;
    const patch: Partial<LifecycleInsert> = {};
    if (input.checklist) {
      // What the reviewers are deciding on must not change under them.
      if (row.gate === "requested")
        throw new Conflict(
          "the gate's review awaits its decision; its checklist cannot change now",
        );
      const gate = content.phases[row.phase]?.gate;
      const known = (kind: string, label: string) =>
        (kind === "criterion" ? gate?.criteria : gate?.requiredDocuments)?.some(
          (l) => l.toLowerCase() === label.toLowerCase(),
        ) ?? false;
      const problems = input.checklist.flatMap((item, index) =>
        known(item.kind, item.label)
          ? []
          : [
              {
                path: `checklist.${index}.label`,
                message: `is not a ${item.kind} of the next gate`,
              },
            ],
      );
      if (problems.length > 0) throw new Invalid(problems);
      const kept = StoredChecklist.parse(row.checklist).filter(
        (stored) =>
          !input.checklist?.some(
            (item) =>
              stored.phase === row.phase &&
              item.kind === stored.kind &&
              item.label.toLowerCase() === stored.label.toLowerCase(),
          ),
      );
      patch.checklist = [
        ...kept,
        ...input.checklist.map((item) => ({ phase: row.phase, ...item })),
      ];
    }
    if (input.gateDates) {
      const dates = StoredGateDates.parse(row.gateDates);
      const problems = input.gateDates.flatMap((entry, index) =>
        entry.gate <= content.phases.length
          ? []
          : [
              {
                path: `gateDates.${index}.gate`,
                message: `must be at most ${content.phases.length}`,
              },
            ],
      );
      if (problems.length > 0) throw new Invalid(problems);
      const next = content.phases.map((_, index) => dates[index] ?? null);
      for (const entry of input.gateDates) next[entry.gate - 1] = entry.date;
      patch.gateDates = next;
    }
    return patch;
  });
}

/**
 * Enters the next phase (or closes the lifecycle after the last gate). Refused with 409 and
 * core's reason unless the gate closing the current phase is approved.
 */
export async function advancePhase(
  ctx: OrgCtx,
  projectIdOrKey: string,
  expectedVersion: number | null,
): Promise<ProjectLifecycle> {
  return changeLifecycle(ctx, projectIdOrKey, expectedVersion, "advance", async (_tx, locked) =>
    statePatch(applyTransition(locked.state, { kind: "advance" })),
  );
}

/** The next state of core's machine, or 409 with its reason. */
export function applyTransition(state: Lifecycle, action: LifecycleAction): Lifecycle {
  const next = transition(state, action);
  if (!next.ok) throw new Conflict(next.reason);
  return next.lifecycle;
}

/** The columns that hold core's lifecycle state. */
export function statePatch(state: Lifecycle): Partial<LifecycleInsert> {
  return { phase: state.phase, gate: state.gate, status: state.status, passed: [...state.passed] };
}

export interface LockedLifecycle {
  readonly project: ProjectRow;
  readonly myRole: ProjectRole | null;
  readonly row: LifecycleRow;
  readonly content: TemplateContent;
  readonly state: Lifecycle;
}

/** The project, its lifecycle (locked) and its template version's content; checks `action`. */
export async function lockProjectLifecycle(
  tx: Db,
  ctx: OrgCtx,
  projectIdOrKey: string,
  action: Action,
): Promise<LockedLifecycle> {
  const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
  authorize(ctx, action, myRole);
  const row = await lockLifecycle(tx, ctx.org.orgId, project.id);
  if (!row) throw new NotFound("lifecycle of project", projectIdOrKey);
  const { content } = await readTemplateVersion(tx, ctx, row.templateId, row.templateVersion);
  return { project, myRole, row, content, state: lifecycleOf(row, content.phases.length) };
}

/** Writes `patch` to the lifecycle (412 when stale), with its audit row and event. */
export async function writeLifecycle(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  locked: LockedLifecycle,
  patch: Partial<LifecycleInsert>,
  what: keyof typeof CHANGES,
): Promise<ProjectLifecycle> {
  const before = await readLifecycle(tx, ctx, locked.project);
  const written = await updateLifecycleRow(
    tx,
    ctx.org.orgId,
    locked.project.id,
    locked.row.version,
    {
      ...patch,
      updatedAt: ctx.now,
      updatedBy: ctx.actor.userId,
    },
  );
  if (!written) throw new StaleWrite("lifecycle");
  const after = await readLifecycle(tx, ctx, locked.project);
  await recordChange(ctx, change, what, before, after);
  return after;
}

async function changeLifecycle(
  ctx: OrgCtx,
  projectIdOrKey: string,
  expectedVersion: number | null,
  what: "migrate" | "update" | "advance",
  patchOf: (tx: Db, locked: LockedLifecycle) => Promise<Partial<LifecycleInsert>>,
): Promise<ProjectLifecycle> {
  return runOrgMutation(ctx, async (tx, change) => {
    const locked = await lockProjectLifecycle(tx, ctx, projectIdOrKey, "lifecycle.manage");
    if (expectedVersion !== null && expectedVersion !== locked.row.version)
      throw new StaleWrite("lifecycle");
    return writeLifecycle(tx, ctx, change, locked, await patchOf(tx, locked), what);
  });
}

export async function readLifecycle(
  db: Db,
  ctx: OrgCtx,
  project: ProjectNames,
): Promise<ProjectLifecycle> {
  const view = await findLifecycleView(db, ctx.org.orgId, project.id);
  if (!view) throw new NotFound("lifecycle of project", project.key);
  const { content } = await readTemplateVersion(
    db,
    ctx,
    view.row.templateId,
    view.row.templateVersion,
  );
  const pending = await findPendingReview(db, ctx.org.orgId, project.id);
  return toProjectLifecycle(
    view,
    content,
    { id: project.id, key: project.key, name: project.name },
    pending?.id ?? null,
    await listGateAttachments(db, ctx.org.orgId, project.id),
  );
}

const CHANGES = {
  apply: { action: "lifecycle.apply", verb: "put on a template" },
  migrate: { action: "lifecycle.migrate", verb: "moved to a newer template version" },
  update: { action: "lifecycle.update", verb: "updated the gate checklist of" },
  advance: { action: "lifecycle.advance", verb: "moved to its next phase" },
  request: { action: "lifecycle.request_gate", verb: "requested a gate review of" },
  decide: { action: "lifecycle.decide_gate", verb: "recorded a gate decision on" },
} as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  before: ProjectLifecycle | null,
  after: ProjectLifecycle,
): Promise<void> {
  await change.audit({
    action: CHANGES[what].action,
    entityType: "lifecycle",
    entityId: after.project.id,
    before,
    after,
  });
  const { key, id } = after.project;
  const summary =
    what === "update" || what === "request" || what === "decide"
      ? `${ctx.actor.name} ${CHANGES[what].verb} ${key}`
      : `${key} ${CHANGES[what].verb} (${after.template.name} v${after.template.version}, phase ${after.currentPhase})`;
  change.emit(
    orgEvent(ctx, {
      type: "lifecycle.updated",
      entityType: "lifecycle",
      entityId: id,
      projectId: id,
      summary,
      audience: { kind: "project", projectId: id },
    }),
  );
}
