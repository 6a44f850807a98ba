import type { RaidSort } from "@orrery/contracts/raid";
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type ProjectScope, projectScopeConditions } from "../projects/project-scope.js";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { user } from "../store/schema/auth-tables.js";
import { project } from "../store/schema/project-tables.js";
import { raidItem } from "../store/schema/raid-tables.js";
import { ISO_INSTANT_US } from "../store/statements.js";

export type RaidRow = typeof raidItem.$inferSelect;
export type RaidInsert = typeof raidItem.$inferInsert;

const owner = alias(user, "owner");
const creator = alias(user, "creator");
const updater = alias(user, "updater");
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
  readonly dependsOnKey: string | null;
  readonly dependsOnName: string | null;
  /** In a list: the row's sort value as text, for the next page's cursor. */
  readonly sortValue: string;
}

/**
 * `from raid_item` with the joins of a view; `sortValue` is the list's sort key as text (the
 * single fetch does not need one).
 */
function selectRaidViews(db: Db, sortValue: SQL = sql`''`) {
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
      dependsOnKey: dependsOn.key,
      dependsOnName: dependsOn.name,
      sortValue: sortValue.mapWith(String),
    })
    .from(raidItem)
    .innerJoin(project, and(eq(project.orgId, raidItem.orgId), eq(project.id, raidItem.projectId)))
    .leftJoin(owner, eq(owner.id, raidItem.ownerId))
    .leftJoin(creator, eq(creator.id, raidItem.createdBy))
    .leftJoin(updater, eq(updater.id, raidItem.updatedBy))
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
): Promise<RaidView | null> {
  const [view] = await selectRaidViews(db).where(itemCondition(orgId, projectId, id));
  return view ?? null;
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
  return selectRaidViews(db, key.asText(expression))
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
