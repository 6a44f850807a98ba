import type { RaidSort, RaidTaskRef } from "@orrery/contracts/raid";
import { and, asc, eq, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type ProjectScope, projectScopeConditions } from "../projects/project-scope.js";
import { type ProjectReader, readableProjects } from "../projects/readable-projects.js";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { user } from "../store/schema/auth-tables.js";
import { planTask } from "../store/schema/plan-tables.js";
import { project } from "../store/schema/project-tables.js";
import { raidItem, raidTaskLink } from "../store/schema/raid-tables.js";
import { ISO_INSTANT_US } from "../store/statements.js";

export type RaidRow = typeof raidItem.$inferSelect;
export type RaidInsert = typeof raidItem.$inferInsert;

const owner = alias(user, "owner");
const creator = alias(user, "creator");
const updater = alias(user, "updater");
const reviewer = alias(user, "reviewer");
const dependsOn = alias(project, "depends_on");

/** A RAID row with the names it refers to: its project, owner, editors, project depended on. */
export interface RaidView {
  readonly row: RaidRow;
  readonly projectKey: string;
  readonly projectName: string;
  readonly ownerName: string | null;
  readonly ownerEmail: string | null;
  readonly creatorName: string | null;
  readonly creatorEmail: string | null;
  readonly updaterName: string | null;
  readonly updaterEmail: string | null;
  readonly reviewerName: string | null;
  readonly reviewerEmail: string | null;
  /** The project depended on, when the viewer may see it; else both null. */
  readonly dependsOnKey: string | null;
  readonly dependsOnName: string | null;
  /** The item depends on a project (still there) that the viewer may not see. */
  readonly dependsOnHidden: boolean;
  /** The linked tasks of the plan, in plan order (name null: no longer in the plan). */
  readonly tasks: RaidTaskRef[];
  /** In a list: the row's sort value as text, for the next page's cursor. */
  readonly sortValue: string;
}

/**
 * `from raid_item` with the joins of a view, as `reader` may see it (the project depended on is
 * named only if they may read it); `sortValue` is the list's sort key as text (the single fetch
 * does not need one).
 */
function selectRaidViews(db: Db, reader: ProjectReader, sortValue: SQL = sql`''`) {
  const hidden = readableProjects(reader, dependsOn.orgId, dependsOn.id);
  const seen = hidden === null ? sql`true` : hidden;
  return db
    .select({
      row: raidItem,
      projectKey: project.key,
      projectName: project.name,
      ownerName: owner.name,
      ownerEmail: owner.email,
      creatorName: creator.name,
      creatorEmail: creator.email,
      updaterName: updater.name,
      updaterEmail: updater.email,
      reviewerName: reviewer.name,
      reviewerEmail: reviewer.email,
      dependsOnKey: sql<string | null>`case when ${seen} then ${dependsOn.key} end`,
      dependsOnName: sql<string | null>`case when ${seen} then ${dependsOn.name} end`,
      dependsOnHidden: sql<boolean>`(${dependsOn.id} is not null and not (${seen}))`,
      tasks: sql<RaidTaskRef[]>`(select coalesce(json_agg(json_build_object(
          'uid', ${raidTaskLink.taskUid}, 'name', ${planTask.name}, 'wbs', ${planTask.wbs})
          order by ${planTask.position} nulls last, ${raidTaskLink.taskUid}), '[]'::json)
        from ${raidTaskLink} left join ${planTask} on ${planTask.orgId} = ${raidTaskLink.orgId}
          and ${planTask.projectId} = ${raidTaskLink.projectId} and ${planTask.uid} = ${raidTaskLink.taskUid}
        where ${raidTaskLink.orgId} = ${raidItem.orgId} and ${raidTaskLink.raidItemId} = ${raidItem.id})`,
      sortValue: sortValue.mapWith(String),
    })
    .from(raidItem)
    .innerJoin(project, and(eq(project.orgId, raidItem.orgId), eq(project.id, raidItem.projectId)))
    .leftJoin(owner, eq(owner.id, raidItem.ownerId))
    .leftJoin(creator, eq(creator.id, raidItem.createdBy))
    .leftJoin(updater, eq(updater.id, raidItem.updatedBy))
    .leftJoin(reviewer, eq(reviewer.id, raidItem.lastReviewedBy))
    .leftJoin(
      dependsOn,
      and(eq(dependsOn.orgId, raidItem.orgId), eq(dependsOn.id, raidItem.dependsOnProjectId)),
    );
}

/** One item of one project, or null. */
export async function findRaidView(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  reader: ProjectReader,
): Promise<RaidView | null> {
  const [view] = await selectRaidViews(db, reader).where(itemCondition(orgId, projectId, id));
  return view ?? null;
}

/** Items by id anywhere in the organisation, locked in id order (no deadlock between two bulk edits). */
export async function lockRaidItems(
  db: Db,
  orgId: string,
  ids: readonly string[],
): Promise<RaidRow[]> {
  return db
    .select()
    .from(raidItem)
    .where(and(eq(raidItem.orgId, orgId), inArray(raidItem.id, [...ids])))
    .orderBy(asc(raidItem.id))
    .for("update");
}

/** The row alone, locked until the transaction ends (for read-modify-write). */
export async function lockRaidItem(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<RaidRow | null> {
  const [row] = await db
    .select()
    .from(raidItem)
    .where(itemCondition(orgId, projectId, id))
    .for("update");
  return row ?? null;
}

function itemCondition(orgId: string, projectId: string, id: string): SQL | undefined {
  return and(eq(raidItem.orgId, orgId), eq(raidItem.projectId, projectId), eq(raidItem.id, id));
}

/**
 * The next number of a type in a project. Callers hold the project's row lock, so two items
 * recorded at once cannot take the same number (the unique index would refuse it anyway).
 */
export async function nextRaidNumber(
  db: Db,
  orgId: string,
  projectId: string,
  type: string,
): Promise<number> {
  const [row] = await db
    .select({ last: sql<number | null>`max(${raidItem.number})` })
    .from(raidItem)
    .where(
      and(eq(raidItem.orgId, orgId), eq(raidItem.projectId, projectId), eq(raidItem.type, type)),
    );
  return Number(row?.last ?? 0) + 1;
}

export async function insertRaidItem(db: Db, row: RaidInsert): Promise<void> {
  await db.insert(raidItem).values(row);
}

/** Makes an item's task links exactly `taskUids`. */
export async function replaceTaskLinks(
  db: Db,
  orgId: string,
  projectId: string,
  raidItemId: string,
  taskUids: readonly number[],
): Promise<void> {
  await db
    .delete(raidTaskLink)
    .where(and(eq(raidTaskLink.orgId, orgId), eq(raidTaskLink.raidItemId, raidItemId)));
  if (taskUids.length === 0) return;
  await db
    .insert(raidTaskLink)
    .values(taskUids.map((taskUid) => ({ orgId, raidItemId, projectId, taskUid })));
}

/** The UIDs among `uids` that are tasks of the project's plan. */
export async function existingTaskUids(
  db: Db,
  orgId: string,
  projectId: string,
  uids: readonly number[],
): Promise<Set<number>> {
  if (uids.length === 0) return new Set();
  const rows = await db
    .select({ uid: planTask.uid })
    .from(planTask)
    .where(
      and(
        eq(planTask.orgId, orgId),
        eq(planTask.projectId, projectId),
        inArray(planTask.uid, [...uids]),
      ),
    );
  return new Set(rows.map((r) => r.uid));
}

/** Applies a patch only if the version is still `version`; false when someone got there first. */
export async function updateRaidItem(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
  patch: Partial<RaidInsert>,
): Promise<boolean> {
  const rows = await db
    .update(raidItem)
    .set({ ...patch, version: version + 1 })
    .where(and(itemCondition(orgId, projectId, id), eq(raidItem.version, version)))
    .returning({ id: raidItem.id });
  return rows.length > 0;
}

export async function deleteRaidItem(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .delete(raidItem)
    .where(and(itemCondition(orgId, projectId, id), eq(raidItem.version, version)))
    .returning({ id: raidItem.id });
  return rows.length > 0;
}

/** Which projects a list or heat map reads: one project, or every one the viewer may read. */
export type RaidScope = ProjectScope;

export interface RaidFilter {
  readonly type?: readonly string[] | undefined;
  readonly status?: readonly string[] | undefined;
  readonly q?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly category?: readonly string[] | undefined;
  readonly taskUid?: number | undefined;
  /** Open items last reviewed before this instant (or never). */
  readonly reviewedBefore?: Date | undefined;
}

/** Where the previous page ended: the sort value of its last row (as text) and its id. */
export interface RaidPosition {
  readonly value: string;
  readonly id: string;
}

interface SortKey {
  /** Never null, so a row comparison pages exactly; nulls get a sentinel that sorts last. */
  readonly expression: (descending: boolean) => SQL;
  readonly cast: SQL;
  readonly asText: (expression: SQL) => SQL;
}

const instantText = (e: SQL) => sql`to_char(${e} at time zone 'UTC', ${sql.raw(ISO_INSTANT_US)})`;
const plainText = (e: SQL) => sql`${e}::text`;

const SORT_KEYS: Record<string, SortKey> = {
  createdAt: {
    expression: () => sql`${raidItem.createdAt}`,
    cast: sql`timestamptz`,
    asText: instantText,
  },
  updatedAt: {
    expression: () => sql`${raidItem.updatedAt}`,
    cast: sql`timestamptz`,
    asText: instantText,
  },
  title: { expression: () => sql`${raidItem.title}`, cast: sql`text`, asText: plainText },
  status: { expression: () => sql`${raidItem.status}`, cast: sql`text`, asText: plainText },
  score: {
    expression: () => sql`coalesce(${raidItem.probability} * ${raidItem.impact}, 0)`,
    cast: sql`integer`,
    asText: plainText,
  },
  dueDate: {
    expression: (descending) =>
      sql`coalesce(${raidItem.dueDate}, date ${descending ? "1900-01-01" : "2999-12-31"})`,
    cast: sql`date`,
    asText: plainText,
  },
};

/**
 * One page of RAID items, keyset-paginated on (sort value, id) so every page costs the same
 * however deep it is. Outside one project, viewers who do not read the whole portfolio see only
 * the projects they are members of.
 */
export async function listRaidViews(
  db: Db,
  orgId: string,
  scope: RaidScope,
  reader: ProjectReader,
  filter: RaidFilter,
  sort: RaidSort,
  after: RaidPosition | null,
  limit: number,
): Promise<RaidView[]> {
  const descending = sort.startsWith("-");
  const key = SORT_KEYS[descending ? sort.slice(1) : sort];
  if (!key) throw new Error(`unknown sort ${sort}`);
  const expression = key.expression(descending);
  const conditions = [...scopeConditions(orgId, scope), ...filterConditions(filter)];
  if (after) {
    const position = sql`(${expression}, ${raidItem.id})`;
    const boundary = sql`(${after.value}::${key.cast}, ${after.id}::uuid)`;
    conditions.push(descending ? sql`${position} < ${boundary}` : sql`${position} > ${boundary}`);
  }
  const direction = descending ? sql`desc` : sql`asc`;
  return selectRaidViews(db, reader, key.asText(expression))
    .where(and(...conditions))
    .orderBy(sql`${expression} ${direction}`, sql`${raidItem.id} ${direction}`)
    .limit(limit);
}

function scopeConditions(orgId: string, scope: RaidScope): SQL[] {
  return projectScopeConditions(orgId, scope, raidItem);
}

function filterConditions(filter: RaidFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.type?.length) conditions.push(inArray(raidItem.type, [...filter.type]));
  if (filter.status?.length) conditions.push(inArray(raidItem.status, [...filter.status]));
  if (filter.ownerId) conditions.push(eq(raidItem.ownerId, filter.ownerId));
  if (filter.category?.length) conditions.push(inArray(raidItem.category, [...filter.category]));
  if (filter.taskUid !== undefined) {
    conditions.push(sql`exists (select 1 from ${raidTaskLink}
      where ${raidTaskLink.orgId} = ${raidItem.orgId} and ${raidTaskLink.raidItemId} = ${raidItem.id}
        and ${raidTaskLink.taskUid} = ${filter.taskUid})`);
  }
  if (filter.reviewedBefore) {
    const stale = or(
      isNull(raidItem.lastReviewedAt),
      lt(raidItem.lastReviewedAt, filter.reviewedBefore),
    );
    if (stale) conditions.push(ne(raidItem.status, "closed"), stale);
  }
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    // `R-12` or `12` also finds the items numbered 12.
    const number = /^(?:[A-Za-z]{1,3}-)?(\d{1,9})$/.exec(filter.q)?.[1];
    const search = or(
      sql`${raidItem.title} ilike ${pattern}`,
      sql`${raidItem.description} ilike ${pattern}`,
      number === undefined ? undefined : eq(raidItem.number, Number(number)),
    );
    if (search) conditions.push(search);
  }
  return conditions;
}

/** Open threats counted by cell of the 5×5 matrix, in the scope given. */
export async function countOpenThreats(
  db: Db,
  orgId: string,
  scope: RaidScope,
): Promise<{ probability: number; impact: number; count: number }[]> {
  const rows = await db
    .select({
      probability: raidItem.probability,
      impact: raidItem.impact,
      count: sql<number>`count(*)`.mapWith(Number),
    })
    .from(raidItem)
    .where(
      and(
        ...scopeConditions(orgId, scope),
        eq(raidItem.type, "risk"),
        eq(raidItem.riskKind, "threat"),
        sql`${raidItem.status} <> 'closed'`,
      ),
    )
    .groupBy(raidItem.probability, raidItem.impact);
  return rows.flatMap((r) =>
    r.probability === null || r.impact === null
      ? []
      : [{ probability: r.probability, impact: r.impact, count: r.count }],
  );
}

/** The outline levels of a project's plan in row order, with each row's task UID. */
export async function readTaskOutline(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<{ uid: number; outlineLevel: number }[]> {
  return db
    .select({ uid: planTask.uid, outlineLevel: planTask.outlineLevel })
    .from(planTask)
    .where(and(eq(planTask.orgId, orgId), eq(planTask.projectId, projectId)))
    .orderBy(asc(planTask.position));
}
