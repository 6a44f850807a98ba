import { randomUUID } from "node:crypto";
import { type Lesson, LessonCreate, LessonUpdate } from "@orrery/contracts/lessons";
import { type FieldProblem, Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import type { Change } from "../service/mutation.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { readLessonLinks, toLesson } from "./lesson-shape.js";
import {
  deleteLesson as deleteLessonRow,
  findLessonView,
  findProjectRisks,
  findProjectTasks,
  insertLessons,
  type LessonInsert,
  type LessonRow,
  lockLesson,
  updateLesson as updateLessonRow,
} from "./lesson-store.js";

const LessonId = z.uuid();

export async function getLesson(
  ctx: OrgCtx,
  projectIdOrKey: string,
  lessonId: string,
): Promise<Lesson> {
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lesson.read", myRole);
  return readBack(ctx.db, ctx, project.id, lessonId, () => new NotFound("lesson", lessonId));
}

export async function createLesson(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
): Promise<Lesson> {
  const input = parseInput(LessonCreate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "lesson.edit", myRole);
    const problems = await linkProblems(tx, ctx, project, input);
    if (problems.length > 0) throw new Invalid(problems);
    const [lesson] = await recordLessons(tx, ctx, change, project, [input]);
    if (!lesson) throw new Error("recording one lesson gave none back");
    return lesson;
  });
}

/**
 * Records lessons of a project (links already checked) with their audit rows and events;
 * creating one and generating them from a post-project review both come here.
 */
export async function recordLessons(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: ProjectRow,
  inputs: readonly z.output<typeof LessonCreate>[],
): Promise<Lesson[]> {
  const rows: LessonInsert[] = inputs.map((input) => ({
    ...input,
    orgId: ctx.org.orgId,
    id: randomUUID(),
    projectId: project.id,
    createdAt: ctx.now,
    createdBy: ctx.actor.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  }));
  await insertLessons(tx, rows);
  const lessons: Lesson[] = [];
  for (const row of rows) {
    const lesson = await readBack(tx, ctx, project.id, row.id, vanished);
    await recordChange(ctx, change, "created", { before: null, after: lesson });
    lessons.push(lesson);
  }
  return lessons;
}

/** Applies a partial update, refusing it with 412 if the lesson changed since `expectedVersion`. */
export async function updateLesson(
  ctx: OrgCtx,
  projectIdOrKey: string,
  lessonId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Lesson> {
  const input = parseInput(LessonUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockForEdit(tx, ctx, projectIdOrKey, lessonId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("lesson");
    const problems = await linkProblems(tx, ctx, project, input);
    if (problems.length > 0) throw new Invalid(problems);
    const before = await readBack(tx, ctx, project.id, current.id, vanished);
    const patch = { ...input, updatedAt: ctx.now, updatedBy: ctx.actor.userId };
    if (!(await updateLessonRow(tx, ctx.org.orgId, project.id, current.id, current.version, patch)))
      throw new StaleWrite("lesson");
    const after = await readBack(tx, ctx, project.id, current.id, vanished);
    await recordChange(ctx, change, "updated", { before, after });
    return after;
  });
}

export async function deleteLesson(
  ctx: OrgCtx,
  projectIdOrKey: string,
  lessonId: string,
  expectedVersion: number | null,
): Promise<void> {
  await runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockForEdit(tx, ctx, projectIdOrKey, lessonId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("lesson");
    const before = await readBack(tx, ctx, project.id, current.id, vanished);
    if (!(await deleteLessonRow(tx, ctx.org.orgId, project.id, current.id, current.version)))
      throw new StaleWrite("lesson");
    await recordChange(ctx, change, "deleted", { before, after: null });
  });
}

async function lockForEdit(
  tx: Db,
  ctx: OrgCtx,
  projectIdOrKey: string,
  lessonId: string,
): Promise<{ project: ProjectRow; current: LessonRow }> {
  const { row: project, myRole } = await findVisibleProject(tx, ctx, projectIdOrKey);
  authorize(ctx, "lesson.edit", myRole);
  const current = LessonId.safeParse(lessonId).success
    ? await lockLesson(tx, ctx.org.orgId, project.id, lessonId)
    : null;
  if (!current) throw new NotFound("lesson", lessonId);
  return { project, current };
}

/** Linked risks must be risks of the project's RAID log, and tasks tasks of its plan. */
async function linkProblems(
  tx: Db,
  ctx: OrgCtx,
  project: ProjectRow,
  input: { riskIds?: readonly string[] | undefined; taskUids?: readonly number[] | undefined },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const riskIds = input.riskIds ?? [];
  const risks = new Set(
    (await findProjectRisks(tx, ctx.org.orgId, [project.id], riskIds)).map((r) => r.id),
  );
  riskIds.forEach((id, index) => {
    if (!risks.has(id))
      problems.push({ path: `riskIds.${index}`, message: "is not a risk of this project" });
  });
  const taskUids = input.taskUids ?? [];
  const tasks = new Set(
    (await findProjectTasks(tx, ctx.org.orgId, [project.id], taskUids)).map((t) => t.uid),
  );
  taskUids.forEach((uid, index) => {
    if (!tasks.has(uid))
      problems.push({ path: `taskUids.${index}`, message: "is not a task of this project's plan" });
  });
  return problems;
}

/** One lesson of a project as the API shows it, for services that changed it. */
export async function readLesson(
  db: Db,
  ctx: OrgCtx,
  projectId: string,
  id: string,
): Promise<Lesson> {
  return readBack(db, ctx, projectId, id, () => new NotFound("lesson", id));
}

async function readBack(
  db: Db,
  ctx: OrgCtx,
  projectId: string,
  id: string,
  missing: () => Error,
): Promise<Lesson> {
  const view = LessonId.safeParse(id).success
    ? await findLessonView(db, ctx.org.orgId, projectId, id)
    : null;
  if (!view) throw missing();
  return toLesson(view, await readLessonLinks(db, ctx.org.orgId, [view]));
}

function vanished(): Error {
  return new Error("a lesson vanished inside its own transaction");
}

const CHANGES = {
  created: { action: "lesson.create", verb: "recorded the lesson" },
  updated: { action: "lesson.update", verb: "updated the lesson" },
  deleted: { action: "lesson.delete", verb: "deleted the lesson" },
} as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  states: { before: Lesson | null; after: Lesson | null },
): Promise<void> {
  const lesson = states.after ?? states.before;
  if (!lesson) throw new Error("a lesson change needs the lesson before or after it");
  await change.audit({
    action: CHANGES[what].action,
    entityType: "lesson",
    entityId: lesson.id,
    ...states,
  });
  change.emit(
    orgEvent(ctx, {
      type: `lesson.${what}`,
      entityType: "lesson",
      entityId: lesson.id,
      projectId: lesson.project.id,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} “${lesson.title}” of ${lesson.project.key}`,
      audience: { kind: "project", projectId: lesson.project.id },
    }),
  );
}
