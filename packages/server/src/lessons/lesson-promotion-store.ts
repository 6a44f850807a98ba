import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { lifecycleTemplate } from "../store/schema/governance-tables.js";
import { lesson, lessonPromotion } from "../store/schema/lesson-tables.js";

export type LessonPromotionRow = typeof lessonPromotion.$inferSelect;

/** A promotion with its template's current name and the promoter's name. */
export interface LessonPromotionView {
  readonly row: LessonPromotionRow;
  readonly templateName: string;
  readonly promoterName: string | null;
  readonly promoterEmail: string | null;
}

export async function insertLessonPromotion(
  db: Db,
  row: typeof lessonPromotion.$inferInsert,
): Promise<void> {
  await db.insert(lessonPromotion).values(row);
}

/** The promotions of these lessons, oldest first. */
export async function listLessonPromotions(
  db: Db,
  orgId: string,
  lessonIds: readonly string[],
): Promise<LessonPromotionView[]> {
  if (lessonIds.length === 0) return [];
  return db
    .select({
      row: lessonPromotion,
      templateName: lifecycleTemplate.name,
      promoterName: user.name,
      promoterEmail: user.email,
    })
    .from(lessonPromotion)
    .innerJoin(
      lifecycleTemplate,
      and(
        eq(lifecycleTemplate.orgId, lessonPromotion.orgId),
        eq(lifecycleTemplate.id, lessonPromotion.templateId),
      ),
    )
    .leftJoin(user, eq(user.id, lessonPromotion.promotedBy))
    .where(and(eq(lessonPromotion.orgId, orgId), inArray(lessonPromotion.lessonId, [...lessonIds])))
    .orderBy(asc(lessonPromotion.promotedAt), asc(lessonPromotion.id));
}

/** The project a lesson of the organisation belongs to, or null. */
export async function findLessonProjectId(
  db: Db,
  orgId: string,
  lessonId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ projectId: lesson.projectId })
    .from(lesson)
    .where(and(eq(lesson.orgId, orgId), eq(lesson.id, lessonId)));
  return row?.projectId ?? null;
}
