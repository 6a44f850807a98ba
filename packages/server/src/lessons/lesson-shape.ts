import { type LessonPromotion, PromotionTarget } from "@orrery/contracts/lesson-promotions";
import {
  type Lesson,
  LessonCategory,
  type LessonHit,
  LessonOrigin,
  type LinkedRisk,
  type LinkedTask,
} from "@orrery/contracts/lessons";
import { RAID_REF_PREFIXES } from "@orrery/contracts/raid";
import { highlightRuns } from "@orrery/core/knowledge/highlight-runs";
import { person } from "../projects/project-store.js";
import type { Db } from "../store/database.js";
import { type LessonPromotionView, listLessonPromotions } from "./lesson-promotion-store.js";
import { findProjectRisks, findProjectTasks, type LessonView } from "./lesson-store.js";

/** What the lessons of a page link to, read in three queries for the whole page. */
export interface LessonLinks {
  readonly risks: ReadonlyMap<string, LinkedRisk>;
  /** By `${projectId}:${uid}`: task UIDs are numbered per project. */
  readonly tasks: ReadonlyMap<string, LinkedTask>;
  /** By lesson id. */
  readonly promotions: ReadonlyMap<string, readonly LessonPromotion[]>;
}

const taskKey = (projectId: string, uid: number) => `${projectId}:${uid}`;

export async function readLessonLinks(
  db: Db,
  orgId: string,
  views: readonly LessonView[],
): Promise<LessonLinks> {
  const projectIds = [...new Set(views.map((v) => v.row.projectId))];
  const [risks, tasks, promotions] = await Promise.all([
    findProjectRisks(db, orgId, projectIds, [...new Set(views.flatMap((v) => v.row.riskIds))]),
    findProjectTasks(db, orgId, projectIds, [...new Set(views.flatMap((v) => v.row.taskUids))]),
    listLessonPromotions(
      db,
      orgId,
      views.map((v) => v.row.id),
    ),
  ]);
  const byLesson = new Map<string, LessonPromotion[]>();
  for (const view of promotions) {
    const list = byLesson.get(view.row.lessonId) ?? [];
    list.push(toLessonPromotion(view));
    byLesson.set(view.row.lessonId, list);
  }
  return {
    risks: new Map(
      risks.map((r) => [
        r.id,
        { id: r.id, ref: `${RAID_REF_PREFIXES.risk}-${r.number}`, title: r.title },
      ]),
    ),
    tasks: new Map(tasks.map((t) => [taskKey(t.projectId, t.uid), { uid: t.uid, name: t.name }])),
    promotions: byLesson,
  };
}

export function toLessonPromotion(view: LessonPromotionView): LessonPromotion {
  const r = view.row;
  return {
    id: r.id,
    target: PromotionTarget.parse(r.target),
    templateId: r.templateId,
    templateName: view.templateName,
    templateVersion: r.templateVersion,
    gateName: r.gateName,
    text: r.text,
    promotedAt: r.promotedAt.toISOString(),
    promotedBy: person(r.promotedBy, view.promoterName, view.promoterEmail),
  };
}

/** A stored lesson as the API shows it; links to since-deleted risks or tasks drop out. */
export function toLesson(view: LessonView, links: LessonLinks): Lesson {
  const r = view.row;
  return {
    id: r.id,
    project: { id: r.projectId, key: view.projectKey, name: view.projectName },
    title: r.title,
    whatHappened: r.whatHappened,
    effect: r.effect,
    recommendation: r.recommendation,
    category: LessonCategory.parse(r.category),
    tags: r.tags,
    phase: r.phase,
    origin: LessonOrigin.parse(r.origin),
    risks: r.riskIds.flatMap((id) => links.risks.get(id) ?? []),
    tasks: r.taskUids.flatMap((uid) => links.tasks.get(taskKey(r.projectId, uid)) ?? []),
    promotions: [...(links.promotions.get(r.id) ?? [])],
    author: person(r.createdBy, view.authorName, view.authorEmail),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, view.updaterName, view.updaterEmail),
  };
}

export function toLessonHit(view: LessonView, links: LessonLinks): LessonHit {
  return {
    lesson: toLesson(view, links),
    rank: view.rank,
    highlights:
      view.titleHeadline === null || view.excerptHeadline === null
        ? null
        : {
            title: highlightRuns(view.titleHeadline),
            excerpt: highlightRuns(view.excerptHeadline),
          },
  };
}
