// The one path every plan edit takes: lock the project, check `plan.edit`, load the plan, apply
// the edit (pure), reschedule once, write what changed (entered values, moved rows, computed
// dates), move the plan's version on, audit, and publish the event after commit.

import type { PlanChange, Task } from "@orrery/contracts/plans";
import { StaleWrite } from "@orrery/core/errors/domain-error";
import type { AuditRecord } from "../audit/audit-store.js";
import type { EventFacts } from "../events/org-event.js";
import { orgEvent } from "../events/org-event.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import type { Db } from "../store/database.js";
import { outlineNumbers, type PlanState } from "./plan-document.js";
import type { EditedPlan } from "./plan-edits.js";
import { scheduleEdit } from "./plan-engine.js";
import { toLink, toPlan, toTask } from "./plan-shape.js";
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
  type TaskRow,
  updateLink,
  updatePlan,
  upsertTasks,
} from "./plan-store.js";

/** The default project calendar of a new plan: Monday–Friday, 08:00–12:00 and 13:00–17:00. */
export const STANDARD_WEEK = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  day,
  working: day >= 1 && day <= 5,
  workingTimes:
    day >= 1 && day <= 5
      ? [
          { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
          { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
        ]
      : [],
}));

function keyOf(ctx: OrgCtx, project: ProjectRow): PlanKey {
  return { orgId: ctx.org.orgId, projectId: project.id };
}

/** A plan row for a project that has none yet (not stored): starts at the planned start. */
function newPlanRow(ctx: OrgCtx, project: ProjectRow): PlanRow {
  const day = project.plannedStart ?? ctx.now.toISOString().slice(0, 10);
  return {
    orgId: ctx.org.orgId,
    projectId: project.id,
    start: `${day}T08:00:00`,
    finish: null,
    statusDate: null,
    scheduleFrom: "start",
    calendarUid: 1,
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    daysPerMonth: 20,
    honorConstraints: true,
    criticalSlackLimitDays: 0,
    weekStartDay: 0,
    fileSettings: {},
    version: 0,
    updatedAt: ctx.now,
  };
}

/** The plan's row, created with a Standard calendar the first time the plan is edited. */
async function ensurePlan(tx: Db, ctx: OrgCtx, project: ProjectRow): Promise<PlanRow> {
  const key = keyOf(ctx, project);
  const found = await findPlan(tx, key);
  if (found) return found;
  const row = { ...newPlanRow(ctx, project), version: 1 };
  await insertPlan(tx, row);
  await insertCalendars(tx, [
    {
      ...key,
      uid: 1,
      name: "Standard",
      isBase: true,
      baseUid: null,
      weekDays: STANDARD_WEEK,
      exceptions: [],
      workWeeks: [],
      version: 1,
    },
  ]);
  return row;
}

/** Loads the whole plan; a project never edited has an empty one. */
export async function loadPlanState(db: Db, key: PlanKey, plan: PlanRow): Promise<PlanState> {
  const [tasks, links, calendars] = [
    await readTasks(db, key),
    await readLinks(db, key),
    await readCalendars(db, key),
  ];
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

/** The project an edit concerns, locked, checked for `plan.edit`, with its plan row. */
export async function lockEditablePlan(
  tx: Db,
  ctx: OrgCtx,
  idOrKey: string,
): Promise<{ key: PlanKey; plan: PlanRow; projectId: string }> {
  const { row: project, myRole } = await lockVisibleProject(tx, ctx, idOrKey);
  authorize(ctx, "plan.edit", myRole);
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
): Promise<PlanChange> {
  let keepEngineState = () => {};
  const planChange = await runOrgMutation(ctx, async (tx, change) => {
    const { key, plan, projectId } = await lockEditablePlan(tx, ctx, idOrKey);
    const before = await loadPlanState(tx, key, plan);
    const edited = await edit(tx, before, key);
    const scheduled = scheduleEdit(key, before, edited);
    const { final, written } = await writeEdited(tx, key, before, edited, scheduled.tasks);
    const { orgId: _o, projectId: _p, version: _v, ...settings } = edited.state.plan;
    const nextPlan = { ...edited.state.plan, finish: scheduled.finish, updatedAt: ctx.now };
    if (!(await updatePlan(tx, key, plan.version, { ...settings, finish: nextPlan.finish })))
      throw new StaleWrite("plan");
    const planChange: PlanChange = {
      plan: toPlan({ ...nextPlan, version: plan.version + 1 }, final.length),
      changed: changedTasks(before.tasks, final, written),
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
        audience: { kind: "project", projectId },
      }),
    );
    keepEngineState = () => scheduled.commit(plan.version + 1);
    return planChange;
  });
  // Only a committed version may be remembered: a rolled-back one could be written by another.
  keepEngineState();
  return planChange;
}

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
  await insertLinks(tx, edited.addedLinks);
  await insertBaselines(tx, edited.addedBaselines ?? []);
  for (const { row, version } of edited.updatedLinks)
    if (!(await updateLink(tx, key, row, version))) throw new StaleWrite("link");
  return { final, written: new Set(changed.map((row) => row.uid)) };
}

/**
 * The tasks whose API shape changed: the rows written, and those whose outline number (their
 * `wbs` when they have no code of their own) moved with an indent or a move elsewhere.
 */
function changedTasks(
  before: readonly TaskRow[],
  after: readonly TaskRow[],
  written: ReadonlySet<number>,
): Task[] {
  const numbersBefore = outlineNumbers(before.map((row) => row.outlineLevel));
  const was = new Map(before.map((row, i) => [row.uid, numbersBefore[i]]));
  const numbers = outlineNumbers(after.map((row) => row.outlineLevel));
  const changed: Task[] = [];
  after.forEach((row, i) => {
    const number = numbers[i] ?? "";
    if (written.has(row.uid) || (row.wbs === null && was.get(row.uid) !== number))
      changed.push(toTask(row, number));
  });
  return changed;
}
