import type { PROJECT_SORTS, ProjectSort } from "@orrery/contracts/projects";
import { escapeLike } from "../store/like-pattern.js";
import {
  booleanAt,
  ISO_INSTANT_MS,
  ISO_INSTANT_US,
  integerAt,
  jsonArrayAt,
  type NamedStatement,
  nullableTextAt,
  type StatementRunner,
  textArrayAt,
  textAt,
} from "../store/statements.js";
import type { Person, ProjectView } from "./project-store.js";

export interface ProjectListFilter {
  readonly status?: readonly string[] | undefined;
  readonly q?: string | undefined;
  readonly archived: "false" | "true" | "all";
  readonly managerId?: string | undefined;
  readonly tag?: string | undefined;
}

/** Where the previous page ended: the sort value of its last row (null sorts last) and its id. */
export interface ListPosition {
  readonly value: string | null;
  readonly id: string;
}

/** A row of the list, with its sort value as a cursor must carry it. */
export interface ListedProject {
  readonly view: ProjectView;
  readonly sortValue: string | null;
}

type SortField = (typeof PROJECT_SORTS)[number];

interface SortColumn {
  readonly column: string;
  readonly cast: "text" | "date" | "timestamptz";
  readonly nullable: boolean;
  /** The value as text, exact enough to find the row again (instants to the microsecond). */
  readonly asText: (column: string) => string;
}

const plain = (column: string) => column;
const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const isoInstant = (column: string) => `to_char(${column} at time zone 'UTC', ${ISO_INSTANT_US})`;

const SORT_COLUMNS: Record<SortField, SortColumn> = {
  name: { column: "name", cast: "text", nullable: false, asText: plain },
  key: { column: "key", cast: "text", nullable: false, asText: plain },
  status: { column: "status", cast: "text", nullable: false, asText: plain },
  plannedStart: { column: "planned_start", cast: "date", nullable: true, asText: isoDate },
  plannedFinish: { column: "planned_finish", cast: "date", nullable: true, asText: isoDate },
  createdAt: { column: "created_at", cast: "timestamptz", nullable: false, asText: isoInstant },
  updatedAt: { column: "updated_at", cast: "timestamptz", nullable: false, asText: isoInstant },
};

export function sortFieldOf(sort: ProjectSort): { field: SortField; descending: boolean } {
  const descending = sort.startsWith("-");
  const field = descending ? sort.slice(1) : sort;
  if (!isSortField(field)) throw new Error(`unknown sort ${sort}`);
  return { field, descending };
}

function isSortField(value: string): value is SortField {
  return value in SORT_COLUMNS;
}

/**
 * What decides the text of the list statement: every request of the same shape runs the same
 * named statement with other values, so PostgreSQL parses and plans it once per connection.
 */
interface ListShape {
  readonly sort: ProjectSort;
  readonly readsAll: boolean;
  readonly archived: "false" | "true" | "all";
  readonly status: boolean;
  readonly managerId: boolean;
  readonly tag: boolean;
  readonly q: boolean;
  readonly after: "none" | "value" | "null";
}

type ParamName =
  | "orgId"
  | "viewerId"
  | "archived"
  | "statuses"
  | "managerId"
  | "tag"
  | "pattern"
  | "afterValue"
  | "afterId"
  | "limit";

interface ListStatement {
  readonly statement: NamedStatement;
  /** The parameter behind each `$n`, in order. */
  readonly params: readonly ParamName[];
}

const statements = new Map<string, ListStatement>();

/**
 * One page of an organisation's projects, with the people they name and the viewer's own role,
 * in one statement. Keyset-paginated on (sort value, id), so every page costs the same however
 * deep it is; nulls sort last in both directions. Viewers who do not read the whole portfolio
 * see only the projects they are members of.
 */
export async function listProjectViews(
  run: StatementRunner,
  orgId: string,
  viewer: { readonly userId: string; readonly readsAll: boolean },
  filter: ProjectListFilter,
  sort: ProjectSort,
  after: ListPosition | null,
  limit: number,
): Promise<ListedProject[]> {
  const shape: ListShape = {
    sort,
    readsAll: viewer.readsAll,
    archived: filter.archived,
    status: (filter.status?.length ?? 0) > 0,
    managerId: Boolean(filter.managerId),
    tag: Boolean(filter.tag),
    q: Boolean(filter.q),
    after: after === null ? "none" : after.value === null ? "null" : "value",
  };
  const key = JSON.stringify(shape);
  let list = statements.get(key);
  if (!list) {
    list = listStatement(shape, `orrery_project_list_${statements.size}`);
    statements.set(key, list);
  }
  const values: Record<ParamName, unknown> = {
    orgId,
    viewerId: viewer.userId,
    archived: filter.archived === "true",
    statuses: filter.status ?? [],
    managerId: filter.managerId ?? null,
    tag: filter.tag ?? null,
    pattern: filter.q ? `%${escapeLike(filter.q)}%` : null,
    afterValue: after?.value ?? null,
    afterId: after?.id ?? null,
    limit,
  };
  const rows = await run.rows(
    list.statement,
    list.params.map((name) => values[name]),
  );
  return rows.map((row) => listedProjectOf(jsonArrayAt(row, 0)));
}

/**
 * The statement of one shape. The page is chosen in a LIMITed subquery that walks the sort
 * index, and only its rows are joined to people: the plan stays small even without table
 * statistics (the embedded store gathers them only now and then). The viewer's own role is a
 * subquery per row of the page: as a join, the planner could hash every membership of the
 * viewer instead, thousands of rows for someone who manages many projects.
 */
function listStatement(shape: ListShape, name: string): ListStatement {
  const params: ParamName[] = [];
  const $ = (param: ParamName): string => {
    const index = params.indexOf(param);
    if (index >= 0) return `$${index + 1}`;
    params.push(param);
    return `$${params.length}`;
  };
  const { field, descending } = sortFieldOf(shape.sort);
  const sortColumn = SORT_COLUMNS[field];
  const where = [`c.org_id = ${$("orgId")}`];
  if (shape.archived !== "all") where.push(`c.archived = ${$("archived")}`);
  if (shape.status) where.push(`c.status = any(${$("statuses")}::text[])`);
  if (shape.managerId) where.push(`c.manager_id = ${$("managerId")}`);
  if (shape.tag) where.push(`c.tags @> array[${$("tag")}::text]`);
  if (shape.q) {
    const pattern = $("pattern");
    where.push(
      `(c.key ilike ${pattern} or c.name ilike ${pattern} or c.description ilike ${pattern}` +
        ` or array_to_string(c.tags, ' ') ilike ${pattern})`,
    );
  }
  if (!shape.readsAll) {
    where.push(
      "exists (select 1 from project_member m where m.org_id = c.org_id" +
        ` and m.project_id = c.id and m.user_id = ${$("viewerId")})`,
    );
  }
  if (shape.after !== "none") {
    const column = `c.${sortColumn.column}`;
    const beyond = descending ? "<" : ">";
    const afterId = `${$("afterId")}::uuid`;
    if (shape.after === "null") {
      // The previous page ended among the nulls, which come last: only later nulls remain.
      where.push(`(${column} is null and c.id ${beyond} ${afterId})`);
    } else {
      const value = `${$("afterValue")}::${sortColumn.cast}`;
      const rowValue = `(${column}, c.id) ${beyond} (${value}, ${afterId})`;
      where.push(sortColumn.nullable ? `(${rowValue} or ${column} is null)` : rowValue);
    }
  }
  const orderBy = (table: string) => {
    const direction = descending ? "desc" : "asc";
    const nulls = sortColumn.nullable ? " nulls last" : "";
    return `${table}.${sortColumn.column} ${direction}${nulls}, ${table}.id ${direction}`;
  };
  // One JSON array per row: node-postgres then decodes one value per row, not 29 columns.
  const text = `select json_build_array(p.id, p.key, p.name, p.description, p.status, p.archived, p.methodology,
  p.manager_id, manager.name, manager.email, p.sponsor_id, sponsor.name, sponsor.email,
  ${isoDate("p.planned_start")}, ${isoDate("p.planned_finish")},
  p.budget_minor::text, p.budget_currency, p.tags,
  (select mine.role from project_member mine
    where mine.org_id = p.org_id and mine.project_id = p.id and mine.user_id = ${$("viewerId")}),
  p.version,
  to_char(p.created_at at time zone 'UTC', ${ISO_INSTANT_MS}), p.created_by, creator.name, creator.email,
  to_char(p.updated_at at time zone 'UTC', ${ISO_INSTANT_MS}), p.updated_by, updater.name, updater.email,
  ${sortColumn.asText(`p.${sortColumn.column}`)})
from (
  select c.* from project c
  where ${where.join("\n    and ")}
  order by ${orderBy("c")}
  limit ${$("limit")}
) p
left join "user" manager on manager.id = p.manager_id
left join "user" sponsor on sponsor.id = p.sponsor_id
left join "user" creator on creator.id = p.created_by
left join "user" updater on updater.id = p.updated_by
order by ${orderBy("p")}`;
  return { statement: { name, text }, params };
}

/** A statement row's array, in the order of `listStatement`, as a view of its project. */
function listedProjectOf(row: readonly unknown[]): ListedProject {
  const budgetMinor = nullableTextAt(row, 15);
  return {
    view: {
      id: textAt(row, 0),
      key: textAt(row, 1),
      name: textAt(row, 2),
      description: textAt(row, 3),
      status: textAt(row, 4),
      archived: booleanAt(row, 5),
      methodology: textAt(row, 6),
      manager: personAt(row, 7),
      sponsor: personAt(row, 10),
      plannedStart: nullableTextAt(row, 13),
      plannedFinish: nullableTextAt(row, 14),
      budgetMinor: budgetMinor === null ? null : Number(budgetMinor),
      budgetCurrency: nullableTextAt(row, 16),
      tags: textArrayAt(row, 17),
      myRole: nullableTextAt(row, 18),
      version: integerAt(row, 19),
      createdAt: textAt(row, 20),
      createdBy: personAt(row, 21),
      updatedAt: textAt(row, 24),
      updatedBy: personAt(row, 25),
    },
    sortValue: nullableTextAt(row, 28),
  };
}

/** The person whose id, name and e-mail are at `at`, `at + 1` and `at + 2` (a left join). */
function personAt(row: readonly unknown[], at: number): Person | null {
  const id = nullableTextAt(row, at);
  const name = nullableTextAt(row, at + 1);
  const email = nullableTextAt(row, at + 2);
  return id !== null && name !== null && email !== null ? { id, name, email } : null;
}
