// The one path every plan edit takes: lock the project, check `plan.edit`, load the plan, apply
// the edit (pure), reschedule once, write what changed (entered values, moved rows, computed
// dates), move the plan's version on, audit, and publish the event after commit.

import type { PlanChange, Task, TaskSchedule } from "@orrery/contracts/plans";
import type { ProjectRole } from "@orrery/contracts/roles";
import { StaleWrite } from "@orrery/core/errors/domain-error";
import { outlineNumbers } from "@orrery/core/plans/outline";
import type { AuditRecord } from "../audit/audit-store.js";
import type { EventFacts } from "../events/org-event.js";
import { orgEvent } from "../events/org-event.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import type { Db } from "../store/database.js";
import { defaultPlanRow, standardCalendarRow } from "./plan-defaults.js";
import type { PlanState } from "./plan-document.js";
import type { EditedPlan } from "./plan-edits.js";
import { scheduleEdit, takeKeptPlan } from "./plan-engine.js";
import { computedOf, toLink, toPlan, toTask, toTaskSchedule } from "./plan-shape.js";
import {
  deleteLinks,
  deleteTasks,
  findPlan,
  insertBaselines,
  insertCalendars,
  insertLinks,
  insertPlan,
  type PlanKey,
  type PlanRow,
  readCalendars,
  readLinks,
  readTasks,
  refreshYoungPlanStatistics,
  type TaskRow,
  updateLink,
  updatePlan,
  upsertTasks,
} from "./plan-store.js";
import { insertAssignments } from "./resource-store.js";

function keyOf(ctx: OrgCtx, project: ProjectRow): PlanKey {
  return { orgId: ctx.org.orgId, projectId: project.id };
}

/** A plan row for a project that has none yet (not stored): starts at the planned start. */
function newPlanRow(ctx: OrgCtx, project: ProjectRow, version = 0): PlanRow {
  const day = project.plannedStart ?? ctx.now.toISOString().slice(0, 10);
  return defaultPlanRow(keyOf(ctx, project), day, version, ctx.now);
}

/** The plan's row, created with a Standard calendar the first time the plan is edited. */
async function ensurePlan(tx: Db, ctx: OrgCtx, project: ProjectRow): Promise<PlanRow> {
  const key = keyOf(ctx, project);
  const found = await findPlan(tx, key);
  if (found) return found;
  const row = newPlanRow(ctx, project, 1);
  await insertPlan(tx, row);
  await insertCalendars(tx, [standardCalendarRow(key)]);
  return row;
}

/** Loads the whole plan; a project never edited has an empty one. */
export async function loadPlanState(db: Db, key: PlanKey, plan: PlanRow): Promise<PlanState> {
  // One after another: inside a transaction they share its connection, which takes one query
  // at a time (node-postgres refuses overlapping ones from version 9).
  const tasks = await readTasks(db, key);
  const links = await readLinks(db, key);
  const calendars = await readCalendars(db, key);
  return { plan, tasks, links, calendars };
}

/** The project a read concerns, checked for `plan.read`, with its plan (maybe not stored yet). */
export async function readablePlan(
  ctx: OrgCtx,
  idOrKey: string,
): Promise<{ key: PlanKey; plan: PlanRow; project: ProjectRow }> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, idOrKey);
  authorize(ctx, "plan.read", myRole);
  const key = keyOf(ctx, row);
  return { key, plan: (await findPlan(ctx.db, key)) ?? newPlanRow(ctx, row), project: row };
}

/** What an edit reports for the audit log and the event stream. */
export interface EditRecord {
  readonly audit: AuditRecord;
  readonly event: Omit<EventFacts, "audience" | "projectId">;
}

/** An edit: what it does to the plan (it may write what is not a task, e.g. a calendar). */
export type PlanEdit = (tx: Db, state: PlanState, key: PlanKey) => Promise<EditedPlan>;

/** Who may make an edit, checked once the project is locked; throws `Forbidden`. */
export type EditAccess = (
  tx: Db,
  ctx: OrgCtx,
  key: PlanKey,
  myRole: ProjectRole | null,
) => Promise<void>;

/** Most edits are the plan's editors' (`plan.edit`). */
const planEditors: EditAccess = async (_tx, ctx, _key, myRole) =>
  authorize(ctx, "plan.edit", myRole);

/** The project an edit concerns, locked, checked (`plan.edit` by default), with its plan row. */
export async function lockEditablePlan(
  tx: Db,
  ctx: OrgCtx,
  idOrKey: string,
  access: EditAccess = planEditors,
): Promise<{ key: PlanKey; plan: PlanRow; projectId: string }> {
  const { row: project, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
  await access(tx, ctx, keyOf(ctx, project), myRole);
  return {
    key: keyOf(ctx, project),
    plan: await ensurePlan(tx, ctx, project),
    projectId: project.id,
  };
}

/** Runs an edit; `record` describes it once the rescheduled change is known. */
export async function runPlanEdit(
  ctx: OrgCtx,
  idOrKey: string,
  edit: PlanEdit,
  record: (change: PlanChange, edited: EditedPlan, before: PlanState) => EditRecord,
  access: EditAccess = planEditors,
): Promise<PlanChange> {
  let keepEngineState = () => {};
  const planChange = await runOrgMutation(ctx, async (tx, change) => {
    const locked = await lockEditablePlan(tx, ctx, idOrKey, access);
    const written = await writePlanEdit(tx, ctx, change, locked, edit, record);
    keepEngineState = written.keepEngineState;
    return written.planChange;
  });
  // Only a committed version may be remembered: a rolled-back one could be written by another.
  keepEngineState();
  return planChange;
}

/** A plan edit made inside a caller's mutation, and how to keep its engine state once committed. */
export interface WrittenPlanEdit {
  readonly planChange: PlanChange;
  /** Call only after the caller's transaction has committed. */
  readonly keepEngineState: () => void;
}

/**
 * Makes an edit inside a caller's mutation, which has locked the plan with `lockEditablePlan`
 * and decided who may make it (an approved change request applies its operations this way):
 * applies it, reschedules once, writes what changed, audits and emits its event.
 */
export async function writePlanEdit(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  locked: { key: PlanKey; plan: PlanRow; projectId: string },
  edit: PlanEdit,
  record: (change: PlanChange, edited: EditedPlan, before: PlanState) => EditRecord,
): Promise<WrittenPlanEdit> {
  const { key, plan, projectId } = locked;
  // The plan row is locked with its project, so the kept rows of its version are the stored ones.
  const kept = takeKeptPlan(key, plan.version);
  const before = kept ? { ...kept.state, plan } : await loadPlanState(tx, key, plan);
  const edited = await edit(tx, before, key);
  const scheduled = scheduleEdit(key, edited, kept);
  const { final, written } = await writeEdited(tx, key, before, edited, scheduled.tasks);
  const { orgId: _o, projectId: _p, version: _v, ...settings } = edited.state.plan;
  const nextPlan = {
    ...edited.state.plan,
    finish: scheduled.finish,
    updatedAt: ctx.now,
    version: plan.version + 1,
  };
  const stored = await updatePlan(tx, key, plan.version, {
    ...settings,
    finish: nextPlan.finish,
    updatedAt: ctx.now,
  });
  if (!stored) throw new StaleWrite("plan");
  const planChange: PlanChange = {
    plan: toPlan(nextPlan, final.length),
    ...changedTasks(before.tasks, final, written),
    deletedUids: [...edited.deletedUids],
    links: [
      ...edited.addedLinks.map(toLink),
      ...edited.updatedLinks.map(({ row, version }) => toLink({ ...row, version: version + 1 })),
    ],
    removedLinkIds: [...edited.removedLinkIds],
  };
  const described = record(planChange, edited, before);
  await change.audit(described.audit);
  change.emit(
    orgEvent(ctx, {
      ...described.event,
      projectId,
      planVersion: nextPlan.version,
      audience: { kind: "project", projectId },
    }),
  );
  const linkVersions = new Map(
    edited.updatedLinks.map(({ row, version }) => [row.id, version + 1]),
  );
  const links = edited.state.links.map((link) => {
    const version = linkVersions.get(link.id);
    return version === undefined ? link : { ...link, version };
  });
  return {
    planChange,
    keepEngineState: () =>
      scheduled.commit(nextPlan.version, { ...edited.state, plan: nextPlan, tasks: final, links }),
  };
}

/** From this many rows a write counts as bulk (an import, a large paste). */
export const BULK_ROWS = 1000;

function sameRow(a: TaskRow, b: TaskRow): boolean {
  for (const [name, value] of Object.entries(a)) if (value !== Reflect.get(b, name)) return false;
  return true;
}

/** Writes the rescheduled rows that differ from the stored ones; answers the final rows. */
async function writeEdited(
  tx: Db,
  key: PlanKey,
  before: PlanState,
  edited: EditedPlan,
  scheduled: readonly TaskRow[],
): Promise<{ final: TaskRow[]; written: Set<number> }> {
  const stored = new Map(before.tasks.map((task) => [task.uid, task]));
  const final = scheduled.map((row) => {
    const was = stored.get(row.uid);
    return was !== undefined && edited.updatedUids.has(row.uid)
      ? { ...row, version: was.version + 1 }
      : row;
  });
  const changed = final.filter((row) => {
    const was = stored.get(row.uid);
    return was === undefined || edited.createdUids.has(row.uid) || !sameRow(was, row);
  });
  await deleteLinks(tx, key, [...edited.removedLinkIds]);
  await deleteTasks(tx, key, [...edited.deletedUids]);
  await upsertTasks(tx, changed);
  // Links and baselines are checked against the tasks just written.
  if (changed.length + edited.addedLinks.length >= BULK_ROWS) await refreshYoungPlanStatistics(tx);
  await insertLinks(tx, edited.addedLinks);
  await insertBaselines(tx, edited.addedBaselines ?? []);
  await insertAssignments(tx, edited.addedAssignments ?? []);
  for (const { row, version } of edited.updatedLinks)
    if (!(await updateLink(tx, key, row, version))) throw new StaleWrite("link");
  return { final, written: new Set(changed.map((row) => row.uid)) };
}

/**
 * The tasks whose API shape changed: the rows written, and those whose outline number (their
 * `wbs` when they have no code of their own) moved with an indent or a move elsewhere. Those
 * that differ from the stored row in computed values alone are only `rescheduled`.
 */
function changedTasks(
  before: readonly TaskRow[],
  after: readonly TaskRow[],
  written: ReadonlySet<number>,
): Pick<PlanChange, "changed" | "rescheduled"> {
  const numbersBefore = outlineNumbers(before.map((row) => row.outlineLevel));
  const was = new Map(before.map((row, i) => [row.uid, { row, number: numbersBefore[i] }]));
  const numbers = outlineNumbers(after.map((row) => row.outlineLevel));
  const changed: Task[] = [];
  const rescheduled: TaskSchedule[] = [];
  after.forEach((row, i) => {
    const number = numbers[i] ?? "";
    const stored = was.get(row.uid);
    const renumbered = row.wbs === null && stored?.number !== number;
    if (stored && !renumbered && written.has(row.uid) && movedOnly(stored.row, row))
      rescheduled.push(toTaskSchedule(row));
    else if (written.has(row.uid) || renumbered) changed.push(toTask(row, number));
  });
  return { changed, rescheduled };
}

/** Whether a row differs from its stored one in computed values alone. */
function movedOnly(stored: TaskRow, row: TaskRow): boolean {
  return sameRow(stored, { ...row, ...computedOf(stored) });
}
