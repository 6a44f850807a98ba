import { and, asc, count, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { copyColumnOf, copyRows } from "../store/copy-binary.js";
import type { Db } from "../store/database.js";
import { queryRows } from "../store/raw-query.js";
import {
  plan,
  planBaseline,
  planCalendar,
  planLink,
  planResource,
  planTask,
} from "../store/schema/plan-tables.js";

// The SQL of plans. Every statement is scoped by org_id and project_id, which lead every key.
// Timestamps travel as text: PostgreSQL writes `YYYY-MM-DD HH:MM:SS`, the API and the
// documents `YYYY-MM-DDTHH:MM:SS`; the store turns one into the other at its edge.

export type PlanRow = typeof plan.$inferSelect;
export type TaskRow = typeof planTask.$inferSelect;
export type LinkRow = typeof planLink.$inferSelect;
export type CalendarRow = typeof planCalendar.$inferSelect;
export type BaselineRow = typeof planBaseline.$inferSelect;

/** A project's plan: what the store reads and writes. */
export interface PlanKey {
  readonly orgId: string;
  readonly projectId: string;
}

/** `2027-03-01 08:00:00` → `2027-03-01T08:00:00`; null stays null. */
export function localText(value: string | null): string | null {
  return value === null || value[10] !== " "
    ? value
    : `${value.slice(0, 10)}T${value.slice(11, 19)}`;
}

function planOf(row: PlanRow): PlanRow {
  return {
    ...row,
    start: localText(row.start) ?? row.start,
    finish: localText(row.finish),
    statusDate: localText(row.statusDate),
  };
}

function planWhere(key: PlanKey) {
  return and(eq(plan.orgId, key.orgId), eq(plan.projectId, key.projectId));
}

function scoped(orgColumn: PgColumn, projectColumn: PgColumn, key: PlanKey) {
  return and(eq(orgColumn, key.orgId), eq(projectColumn, key.projectId));
}

export async function findPlan(db: Db, key: PlanKey): Promise<PlanRow | null> {
  const [row] = await db.select().from(plan).where(planWhere(key));
  return row ? planOf(row) : null;
}

export async function insertPlan(db: Db, row: typeof plan.$inferInsert): Promise<void> {
  await db.insert(plan).values(row);
}

/** Sets a plan's settings and its next version; false when the version moved meanwhile. */
export async function updatePlan(
  db: Db,
  key: PlanKey,
  version: number,
  patch: Partial<typeof plan.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(plan)
    .set({ ...patch, version: version + 1 })
    .where(and(planWhere(key), eq(plan.version, version)))
    .returning({ version: plan.version });
  return rows.length > 0;
}

export async function countTasks(db: Db, key: PlanKey): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(planTask)
    .where(scoped(planTask.orgId, planTask.projectId, key));
  return row?.n ?? 0;
}

const TASK_COLUMNS = getTableColumns(planTask);

/**
 * Reads a plan table's rows of one plan, in `order`, by binary COPY (see copy-binary.ts):
 * reading a 100,000-task plan is the cold path of every plan edit. The key columns are not
 * copied; they are the plan's key.
 */
function planTableReader<Row>(
  table: string,
  tableColumns: Record<string, PgColumn>,
  order: string,
) {
  const fields = Object.entries(tableColumns).filter(
    ([name]) => name !== "orgId" && name !== "projectId",
  );
  const select = `select ${fields.map(([, column]) => `"${column.name}"`).join(", ")} from ${table}
    where org_id = current_setting('orrery.copy_org')::uuid
      and project_id = current_setting('orrery.copy_project')::uuid
    order by ${order}`;
  const columns = fields.map(([field, column]) => copyColumnOf(field, column));
  const blank = Object.fromEntries(fields.map(([field]) => [field, null]));
  return async (db: Db, key: PlanKey): Promise<Row[]> => {
    const settings = { "orrery.copy_org": key.orgId, "orrery.copy_project": key.projectId };
    const template = { orgId: key.orgId, projectId: key.projectId, ...blank };
    // Every field is filled from its column: the template only fixes the rows' shape.
    return (await copyRows(db, select, settings, columns, template)) as Row[];
  };
}

/** Every task of the plan in outline order. */
export const readTasks = planTableReader<TaskRow>("plan_task", TASK_COLUMNS, "position");

/** Every link of the plan, by successor and predecessor. */
export const readLinks = planTableReader<LinkRow>(
  "plan_link",
  getTableColumns(planLink),
  "successor_uid, predecessor_uid",
);

export async function readCalendars(db: Db, key: PlanKey): Promise<CalendarRow[]> {
  return db
    .select()
    .from(planCalendar)
    .where(scoped(planCalendar.orgId, planCalendar.projectId, key))
    .orderBy(asc(planCalendar.uid));
}

/** Rows per multi-row statement: far below PostgreSQL's 65,535 parameters at 40 columns. */
const CHUNK = 1000;

export async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** `column = excluded.column` for every column but the key. */
const TASK_UPSERT_SET = Object.fromEntries(
  Object.entries(TASK_COLUMNS)
    .filter(([name]) => !["orgId", "projectId", "uid"].includes(name))
    .map(([name, column]) => [name, sql.raw(`excluded."${column.name}"`)]),
);

/** Inserts the tasks, or overwrites every column of those that exist (by uid). */
export async function upsertTasks(db: Db, rows: readonly TaskRow[]): Promise<void> {
  const set = TASK_UPSERT_SET;
  await inChunks(rows, (chunk) =>
    db
      .insert(planTask)
      .values(chunk)
      .onConflictDoUpdate({ target: [planTask.orgId, planTask.projectId, planTask.uid], set }),
  );
}

export async function deleteTasks(db: Db, key: PlanKey, uids: readonly number[]): Promise<void> {
  await inChunks(uids, (chunk) =>
    db
      .delete(planTask)
      .where(and(scoped(planTask.orgId, planTask.projectId, key), inArray(planTask.uid, chunk))),
  );
}

export async function insertLinks(db: Db, rows: readonly LinkRow[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(planLink).values(chunk));
}

export async function deleteLinks(db: Db, key: PlanKey, ids: readonly string[]): Promise<void> {
  await inChunks(ids, (chunk) =>
    db
      .delete(planLink)
      .where(and(scoped(planLink.orgId, planLink.projectId, key), inArray(planLink.id, chunk))),
  );
}

/** Changes a link's type and lag if its version is still `version`. */
export async function updateLink(
  db: Db,
  key: PlanKey,
  row: LinkRow,
  version: number,
): Promise<boolean> {
  const { orgId: _o, projectId: _p, id, ...fields } = row;
  const rows = await db
    .update(planLink)
    .set({ ...fields, version: version + 1 })
    .where(
      and(
        scoped(planLink.orgId, planLink.projectId, key),
        eq(planLink.id, id),
        eq(planLink.version, version),
      ),
    )
    .returning({ id: planLink.id });
  return rows.length > 0;
}

export async function insertCalendars(db: Db, rows: readonly CalendarRow[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(planCalendar).values(chunk));
}

export async function updateCalendar(
  db: Db,
  key: PlanKey,
  row: CalendarRow,
  version: number,
): Promise<boolean> {
  const { orgId: _o, projectId: _p, uid, ...fields } = row;
  const rows = await db
    .update(planCalendar)
    .set({ ...fields, version: version + 1 })
    .where(
      and(
        scoped(planCalendar.orgId, planCalendar.projectId, key),
        eq(planCalendar.uid, uid),
        eq(planCalendar.version, version),
      ),
    )
    .returning({ uid: planCalendar.uid });
  return rows.length > 0;
}

export async function deleteCalendar(db: Db, key: PlanKey, uid: number): Promise<void> {
  await db
    .delete(planCalendar)
    .where(and(scoped(planCalendar.orgId, planCalendar.projectId, key), eq(planCalendar.uid, uid)));
}

/**
 * Removes the whole plan content (an import replaces it): baselines, links and assignments go
 * with the tasks, then the resources.
 */
export async function clearPlanContent(db: Db, key: PlanKey): Promise<void> {
  await db.delete(planTask).where(scoped(planTask.orgId, planTask.projectId, key));
  await db.delete(planResource).where(scoped(planResource.orgId, planResource.projectId, key));
  await db.delete(planCalendar).where(scoped(planCalendar.orgId, planCalendar.projectId, key));
}

export async function readBaselineSummaries(
  db: Db,
  key: PlanKey,
): Promise<{ number: number; taskCount: number }[]> {
  return db
    .select({ number: planBaseline.number, taskCount: count() })
    .from(planBaseline)
    .where(scoped(planBaseline.orgId, planBaseline.projectId, key))
    .groupBy(planBaseline.number)
    .orderBy(asc(planBaseline.number));
}

export async function readBaselines(db: Db, key: PlanKey, number?: number): Promise<BaselineRow[]> {
  const rows = await db
    .select()
    .from(planBaseline)
    .where(
      and(
        scoped(planBaseline.orgId, planBaseline.projectId, key),
        number === undefined ? undefined : eq(planBaseline.number, number),
      ),
    )
    .orderBy(asc(planBaseline.number), asc(planBaseline.taskUid));
  return rows.map((row) => ({
    ...row,
    start: localText(row.start),
    finish: localText(row.finish),
  }));
}

export async function clearBaseline(db: Db, key: PlanKey, number: number): Promise<number> {
  const rows = await db
    .delete(planBaseline)
    .where(
      and(scoped(planBaseline.orgId, planBaseline.projectId, key), eq(planBaseline.number, number)),
    )
    .returning({ uid: planBaseline.taskUid });
  return rows.length;
}

export async function insertBaselines(db: Db, rows: readonly BaselineRow[]): Promise<void> {
  await inChunks(rows, (chunk) => db.insert(planBaseline).values(chunk));
}

/** Below this many rows by its statistics a plan table counts as young (see below). */
const YOUNG_TABLE_ROWS = 10_000;

/**
 * Refreshes PostgreSQL's statistics of the plan tables while they are young. The foreign-key
 * checks of a bulk write (a link per task, a cascade per deleted task) are planned from these
 * statistics: on a new database they still say "empty", so each check scans the whole table,
 * and a 5,000-task import took tens of seconds. Once the tables are large enough, their
 * statistics lead to index lookups and this does nothing. ANALYZE may run in the transaction
 * and sees its own rows.
 */
export async function refreshYoungPlanStatistics(db: Db): Promise<void> {
  const [row] = await queryRows(
    db,
    sql`select coalesce(min(reltuples), -1)::float8 as rows from pg_class where oid in ('plan_task'::regclass, 'plan_link'::regclass, 'plan_baseline'::regclass)`,
    z.object({ rows: z.number() }),
  );
  if ((row?.rows ?? -1) < YOUNG_TABLE_ROWS)
    await db.execute(sql`analyze plan_task, plan_link, plan_baseline`);
}
