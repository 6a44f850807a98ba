import { MATCH_END, MATCH_START } from "@orrery/core/knowledge/highlight-runs";
import { and, desc, eq, getTableColumns, inArray, ne, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type ProjectScope, projectScopeConditions } from "../projects/project-scope.js";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { lesson } from "../store/schema/lesson-tables.js";
import { planTask } from "../store/schema/plan-tables.js";
import { project } from "../store/schema/project-tables.js";
import { raidItem } from "../store/schema/raid-tables.js";
import { ISO_INSTANT_US } from "../store/statements.js";

// The search document (`search`) is large and only the database reads it: every select here
// names the other columns.
const { search: _searchDocument, ...lessonColumns } = getTableColumns(lesson);

export type LessonRow = Omit<typeof lesson.$inferSelect, "search">;
export type LessonInsert = typeof lesson.$inferInsert;

const author = alias(user, "author");
const updater = alias(user, "updater");

/** A lesson with the names it refers to; in a search, its rank and highlighted parts. */
export interface LessonView {
  readonly row: LessonRow;
  readonly projectKey: string;
  readonly projectName: string;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
  readonly updaterName: string | null;
  readonly updaterEmail: string | null;
  /** The sort value as text, for the next page's cursor. */
  readonly sortValue: string;
  readonly rank: number | null;
  /** Marked with `MATCH_START`/`MATCH_END`; null without a query. */
  readonly titleHeadline: string | null;
  readonly excerptHeadline: string | null;
}

/** How the knowledge base is read: a query ranks and highlights; without one, newest first. */
export type LessonOrder =
  | { readonly kind: "newest" }
  | { readonly kind: "rank"; readonly query: string };

export interface LessonFilter {
  readonly categories?: readonly string[] | undefined;
  /** Lessons carrying every one of these tags. */
  readonly tags?: readonly string[] | undefined;
  /** Leaves out one project's lessons (suggestions are about other projects). */
  readonly notProjectId?: string | undefined;
}

export interface LessonPosition {
  readonly value: string;
  readonly id: string;
}

const TITLE_HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
const EXCERPT_HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function tsQuery(query: string): SQL {
  return sql`websearch_to_tsquery('english', ${query})`;
}

/**
 * The view's columns. With a query, `rank` is the page's rank (worked out once, in the pool)
 * and the headlines mark the query's words.
 */
function selectLessonViews(db: Db, ranked: { query: SQL; rank: SQL } | null) {
  // ts_headline is costly, so PostgreSQL computes it after the sort and limit: only for the
  // rows of the page.
  return db
    .select({
      row: lessonColumns,
      projectKey: project.key,
      projectName: project.name,
      authorName: author.name,
      authorEmail: author.email,
      updaterName: updater.name,
      updaterEmail: updater.email,
      sortValue: (ranked
        ? sql`${ranked.rank}::text`
        : sql`to_char(${lesson.createdAt} at time zone 'UTC', ${sql.raw(ISO_INSTANT_US)})`
      ).mapWith(String),
      rank: (ranked?.rank ?? sql`null`).mapWith((v: unknown) => (v === null ? null : Number(v))),
      titleHeadline: (ranked
        ? sql`ts_headline('english', ${lesson.title}, ${ranked.query}, ${TITLE_HEADLINE})`
        : sql`null`
      ).mapWith((v: unknown) => (v === null ? null : String(v))),
      excerptHeadline: (ranked
        ? sql`ts_headline('english', ${lesson.recommendation} || ' — ' || ${lesson.whatHappened} || ' ' || ${lesson.effect}, ${ranked.query}, ${EXCERPT_HEADLINE})`
        : sql`null`
      ).mapWith((v: unknown) => (v === null ? null : String(v))),
    })
    .from(lesson)
    .innerJoin(project, and(eq(project.orgId, lesson.orgId), eq(project.id, lesson.projectId)))
    .leftJoin(author, eq(author.id, lesson.createdBy))
    .leftJoin(updater, eq(updater.id, lesson.updatedBy));
}

/**
 * How many matching lessons a query ranks: the newest this many. ts_rank_cd reads every
 * candidate's whole document, so ranking a word found in most of 100,000 lessons ("project")
 * took hundreds of milliseconds; capped, the cost is bounded whatever the query. A query
 * matching fewer lessons ranks every match; a broader one ranks the newest matches, which for
 * a knowledge base are the likelier to still hold.
 */
export const RANK_POOL = 1_000;

/**
 * One page of lessons within the scope, keyset-paginated on (rank, id) for a query and on
 * (created, id) without one, so every page costs the same however deep it is.
 */
export async function searchLessonViews(
  db: Db,
  orgId: string,
  scope: ProjectScope,
  order: LessonOrder,
  filter: LessonFilter,
  after: LessonPosition | null,
  limit: number,
): Promise<LessonView[]> {
  const conditions = [...projectScopeConditions(orgId, scope, lesson), ...filterConditions(filter)];
  if (order.kind === "newest") {
    if (after)
      conditions.push(
        sql`(${lesson.createdAt}, ${lesson.id}) < (${after.value}::timestamptz, ${after.id}::uuid)`,
      );
    return selectLessonViews(db, null)
      .where(and(...conditions))
      .orderBy(desc(lesson.createdAt), desc(lesson.id))
      .limit(limit);
  }
  const query = tsQuery(order.query);
  // Ranked where the pool reads each row anyway; only the page's rows are read again, for
  // their columns and headlines.
  const pool = db
    .select({
      // Names no joined table has: Drizzle leaves a subquery's columns unqualified.
      lessonId: sql<string>`${lesson.id}`.as("lesson_id"),
      rank: sql<number>`ts_rank_cd(${lesson.search}, ${query})`.as("rank"),
    })
    .from(lesson)
    .where(and(...conditions, sql`${lesson.search} @@ ${query}`))
    .orderBy(desc(lesson.createdAt), desc(lesson.id))
    .limit(RANK_POOL)
    .as("pool");
  const top = db
    .select({ lessonId: pool.lessonId, rank: pool.rank })
    .from(pool)
    .where(
      after
        ? sql`(${pool.rank}, ${pool.lessonId}) < (${after.value}::real, ${after.id}::uuid)`
        : undefined,
    )
    .orderBy(desc(pool.rank), desc(pool.lessonId))
    .limit(limit)
    .as("top");
  // Sessions plan each statement once, for any parameters (plan-once.ts). A generic plan of a
  // search cannot see the query: it parses it again for every row and cannot tell a word in
  // most lessons from one in a few, which took seconds. This statement is planned for its text.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    // Qualified: the select list names two columns "rank" (the rank and its text).
    const rank = sql.raw('"top"."rank"');
    return selectLessonViews(tx, { query, rank })
      .innerJoin(top, and(eq(lesson.orgId, orgId), eq(lesson.id, top.lessonId)))
      .orderBy(sql`${rank} desc`, desc(lesson.id));
  });
}

function filterConditions(filter: LessonFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.categories?.length) conditions.push(inArray(lesson.category, [...filter.categories]));
  if (filter.tags?.length)
    conditions.push(sql`${lesson.tags} @> ${JSON.stringify(filter.tags)}::jsonb`);
  if (filter.notProjectId) conditions.push(ne(lesson.projectId, filter.notProjectId));
  return conditions;
}

/** One lesson of one project, or null. */
export async function findLessonView(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<LessonView | null> {
  const [view] = await selectLessonViews(db, null).where(lessonCondition(orgId, projectId, id));
  return view ?? null;
}

/** The row alone, locked until the transaction ends. */
export async function lockLesson(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<LessonRow | null> {
  const [row] = await db
    .select(lessonColumns)
    .from(lesson)
    .where(lessonCondition(orgId, projectId, id))
    .for("update");
  return row ?? null;
}

function lessonCondition(orgId: string, projectId: string, id: string): SQL | undefined {
  return and(eq(lesson.orgId, orgId), eq(lesson.projectId, projectId), eq(lesson.id, id));
}

export async function insertLessons(db: Db, rows: readonly LessonInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(lesson).values([...rows]);
}

/** Applies a patch only if the version is still `version`; false when someone got there first. */
export async function updateLesson(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
  patch: Partial<LessonInsert>,
): Promise<boolean> {
  const rows = await db
    .update(lesson)
    .set({ ...patch, version: version + 1 })
    .where(and(lessonCondition(orgId, projectId, id), eq(lesson.version, version)))
    .returning({ id: lesson.id });
  return rows.length > 0;
}

export async function deleteLesson(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(lesson)
    .where(and(lessonCondition(orgId, projectId, id), eq(lesson.version, version)))
    .returning({ id: lesson.id });
  return rows.length > 0;
}

/** The risks of a project's RAID log among these ids, with what a link shows. */
export async function findProjectRisks(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
  ids: readonly string[],
): Promise<{ id: string; projectId: string; number: number; title: string }[]> {
  if (ids.length === 0 || projectIds.length === 0) return [];
  return db
    .select({
      id: raidItem.id,
      projectId: raidItem.projectId,
      number: raidItem.number,
      title: raidItem.title,
    })
    .from(raidItem)
    .where(
      and(
        eq(raidItem.orgId, orgId),
        inArray(raidItem.projectId, [...projectIds]),
        inArray(raidItem.id, [...ids]),
        eq(raidItem.type, "risk"),
      ),
    );
}

/** The tasks of projects' plans among these UIDs, with their names. */
export async function findProjectTasks(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
  uids: readonly number[],
): Promise<{ projectId: string; uid: number; name: string }[]> {
  if (uids.length === 0 || projectIds.length === 0) return [];
  return db
    .select({ projectId: planTask.projectId, uid: planTask.uid, name: planTask.name })
    .from(planTask)
    .where(
      and(
        eq(planTask.orgId, orgId),
        inArray(planTask.projectId, [...projectIds]),
        inArray(planTask.uid, [...uids]),
      ),
    );
}
