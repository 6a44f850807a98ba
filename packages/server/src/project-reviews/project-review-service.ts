import { LessonCreate } from "@orrery/contracts/lessons";
import {
  CostOutcome,
  type GeneratedLessons,
  ObjectivesOutcome,
  type ProjectReview,
  ProjectReviewWrite,
  ReviewStatus,
  ScheduleOutcome,
  ScopeOutcome,
} from "@orrery/contracts/project-review";
import { NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { draftReviewLessons } from "@orrery/core/knowledge/review-lessons";
import { orgEvent } from "../events/org-event.js";
import { recordLessons } from "../lessons/lesson-service.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import { person } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { findReview, insertReview, updateReview } from "./project-review-store.js";

/** The project's post-project review; an empty draft before anyone has saved it. */
export async function getProjectReview(
  ctx: OrgCtx,
  projectIdOrKey: string,
): Promise<ProjectReview> {
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lesson.read", myRole);
  return readReview(ctx.db, ctx, project.id);
}

/**
 * Saves the whole form. The first save needs no version; later ones with a stale If-Match get
 * 412, so two people writing the review at once do not overwrite each other.
 */
export async function saveProjectReview(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<ProjectReview> {
  const input = parseInput(ProjectReviewWrite, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "pir.edit", myRole);
    const before = await readReview(tx, ctx, project.id);
    if (expectedVersion !== null && expectedVersion !== before.version)
      throw new StaleWrite("post-project review");
    const stamp = { updatedAt: ctx.now, updatedBy: ctx.actor.userId };
    if (before.version === null) {
      await insertReview(tx, {
        ...input,
        ...stamp,
        orgId: ctx.org.orgId,
        projectId: project.id,
      });
    } else if (
      !(await updateReview(tx, ctx.org.orgId, project.id, before.version, { ...input, ...stamp }))
    ) {
      throw new StaleWrite("post-project review");
    }
    const after = await readReview(tx, ctx, project.id);
    await recordReviewChange(ctx, change, project.key, "project_review.save", { before, after });
    return after;
  });
}

/**
 * Records a lesson for every observation of the review not yet turned into one (captured at
 * close, phase "Close"), and remembers which were used.
 */
export async function generateReviewLessons(
  ctx: OrgCtx,
  projectIdOrKey: string,
): Promise<GeneratedLessons> {
  // Nothing new to record is an answer, not a change: no transaction, no audit row.
  const { row: found, myRole: role } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "pir.edit", role);
  const current = await readReview(ctx.db, ctx, found.id);
  if (current.version === null) throw new NotFound("post-project review", found.key);
  if (draftReviewLessons(current).length === 0) return { created: 0, lessonIds: [] };
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "pir.edit", myRole);
    const before = await readReview(tx, ctx, project.id);
    if (before.version === null) throw new NotFound("post-project review", project.key);
    const drafts = draftReviewLessons(before);
    const lessons = await recordLessons(
      tx,
      ctx,
      change,
      project,
      drafts.map((draft) =>
        LessonCreate.parse({
          title: draft.title,
          whatHappened: draft.whatHappened,
          recommendation: draft.recommendation,
          tags: draft.tags,
          phase: "Close",
          origin: "at_close",
        }),
      ),
    );
    const lessonsFrom = [...before.lessonsFrom, ...drafts.map((d) => d.source)];
    const stamp = { updatedAt: ctx.now, updatedBy: ctx.actor.userId, lessonsFrom };
    if (!(await updateReview(tx, ctx.org.orgId, project.id, before.version, stamp)))
      throw new StaleWrite("post-project review");
    const after = await readReview(tx, ctx, project.id);
    await recordReviewChange(ctx, change, project.key, "project_review.generate_lessons", {
      before,
      after,
    });
    return { created: lessons.length, lessonIds: lessons.map((l) => l.id) };
  });
}

async function readReview(db: Db, ctx: OrgCtx, projectId: string): Promise<ProjectReview> {
  const found = await findReview(db, ctx.org.orgId, projectId);
  if (!found) {
    return {
      projectId,
      ...ProjectReviewWrite.parse({}),
      lessonsFrom: [],
      version: null,
      updatedAt: null,
      updatedBy: null,
    };
  }
  const r = found.row;
  return {
    projectId,
    objectives: r.objectives === null ? null : ObjectivesOutcome.parse(r.objectives),
    objectivesNotes: r.objectivesNotes,
    schedule: r.schedule === null ? null : ScheduleOutcome.parse(r.schedule),
    scheduleNotes: r.scheduleNotes,
    cost: r.cost === null ? null : CostOutcome.parse(r.cost),
    costNotes: r.costNotes,
    scope: r.scope === null ? null : ScopeOutcome.parse(r.scope),
    scopeNotes: r.scopeNotes,
    wentWell: r.wentWell,
    toImprove: r.toImprove,
    status: ReviewStatus.parse(r.status),
    lessonsFrom: r.lessonsFrom,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, found.updaterName, found.updaterEmail),
  };
}

async function recordReviewChange(
  ctx: OrgCtx,
  change: Change,
  projectKey: string,
  action: "project_review.save" | "project_review.generate_lessons",
  states: { before: ProjectReview; after: ProjectReview },
): Promise<void> {
  await change.audit({
    action,
    entityType: "project_review",
    entityId: states.after.projectId,
    before: states.before.version === null ? null : states.before,
    after: states.after,
  });
  change.emit(
    orgEvent(ctx, {
      type: "project_review.updated",
      entityType: "project_review",
      entityId: states.after.projectId,
      projectId: states.after.projectId,
      summary: `${ctx.actor.name} updated the post-project review of ${projectKey}`,
      audience: { kind: "project", projectId: states.after.projectId },
    }),
  );
}
