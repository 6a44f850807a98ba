// Edits of a plan as pure functions over its loaded state: create, update, move, indent,
// delete tasks, add and remove links. The service runs them, reschedules once, and writes what
// changed. Problems name the field, prefixed with the operation's place in a batch.

import { randomUUID } from "node:crypto";
import {
  ConstraintType,
  NEW_TASK_VALUES,
  type TaskBatchOperation,
  type TaskCreate,
  type TaskUpdate,
} from "@orrery/contracts/plans";
import type { FieldProblem } from "@orrery/core/errors/domain-error";
import { Invalid, StaleWrite } from "@orrery/core/errors/domain-error";
import { durationUntil } from "./duration-until.js";
import type { PlanState } from "./plan-document.js";
import type { BaselineRow, LinkRow, PlanKey, TaskRow } from "./plan-store.js";

/** The edited plan and which tasks the edits touched. */
export interface EditedPlan {
  readonly state: PlanState;
  readonly createdUids: ReadonlySet<number>;
  /** Tasks whose entered values changed (their version moves on). */
  readonly updatedUids: ReadonlySet<number>;
  readonly deletedUids: ReadonlySet<number>;
  readonly addedLinks: readonly LinkRow[];
  /** Links whose type or lag changed, with the version they were read at. */
  readonly updatedLinks: readonly { readonly row: LinkRow; readonly version: number }[];
  readonly removedLinkIds: ReadonlySet<string>;
  /** Baseline rows to write once the tasks are (an import brings the file's baselines). */
  readonly addedBaselines?: readonly BaselineRow[];
}

/** An edit of something else than tasks and links (a calendar, the plan's settings). */
export function withoutTaskEdits(state: PlanState): EditedPlan {
  return {
    state,
    createdUids: new Set(),
    updatedUids: new Set(),
    deletedUids: new Set(),
    addedLinks: [],
    updatedLinks: [],
    removedLinkIds: new Set(),
  };
}

/** Every constraint but "as soon / as late as possible" pins a date. */
const DATED_CONSTRAINTS = new Set<string>(
  ConstraintType.options.filter(
    (type) => type !== "asSoonAsPossible" && type !== "asLateAsPossible",
  ),
);

/** Row fields a create or update may set, from the API names. */
function fieldsOf(input: TaskCreate | TaskUpdate): Partial<TaskRow> {
  const { schedulingMode, position: _position, ...rest } = input;
  const fields: Partial<TaskRow> = {};
  for (const [name, value] of Object.entries(rest)) {
    // `durationUntil` is no column: the update works it out into a duration.
    if (value !== undefined && name !== "uid" && name !== "durationUntil")
      Object.assign(fields, { [name]: value });
  }
  if (schedulingMode !== undefined) fields.manual = schedulingMode === "manual";
  return fields;
}

export function newTaskRow(key: PlanKey, uid: number, fields: Partial<TaskRow>): TaskRow {
  const { schedulingMode, ...entered } = NEW_TASK_VALUES;
  return {
    orgId: key.orgId,
    projectId: key.projectId,
    uid,
    position: 0,
    ...entered,
    manual: schedulingMode === "manual",
    actualDurationMinutes: null,
    sourceUid: null,
    version: 1,
    start: null,
    finish: null,
    earlyStart: null,
    earlyFinish: null,
    lateStart: null,
    lateFinish: null,
    totalFloatMinutes: null,
    freeFloatMinutes: null,
    critical: false,
    summary: false,
    ...fields,
  };
}

/** Field paths of a single edit, whose body is the task, patch or link itself. */
export function fieldInBody(_index: number, field: string): string {
  return field.replace(/^(task|patch|link)\./, "");
}

/** Field paths of a batch: `operations.3.patch.durationMinutes`. */
export function fieldInBatch(index: number, field: string): string {
  return `operations.${index}.${field}`;
}

/** Applies operations in order to a copy of the state; the first problem refuses them all. */
export function applyOperations(
  state: PlanState,
  key: PlanKey,
  operations: readonly TaskBatchOperation[],
  pathOf: (index: number, field: string) => string,
): EditedPlan {
  const order = state.tasks.map((task) => task.uid);
  const tasks = new Map(state.tasks.map((task) => [task.uid, task]));
  const original = new Map(state.tasks.map((task) => [task.uid, task]));
  const links = new Map(state.links.map((link) => [link.id, link]));
  const pairs = new Map(state.links.map((link) => [pairKey(link), link.id]));
  const calendars = new Set(state.calendars.map((calendar) => calendar.uid));
  const created = new Set<number>();
  const updated = new Set<number>();
  const deleted = new Set<number>();
  const addedLinks = new Map<string, LinkRow>();
  const removedLinkIds = new Set<string>();
  let nextUid = Math.max(0, ...order) + 1;

  const removeLink = (id: string) => {
    const link = links.get(id);
    if (!link) return;
    links.delete(id);
    pairs.delete(pairKey(link));
    if (addedLinks.delete(id)) return;
    removedLinkIds.add(id);
  };

  operations.forEach((operation, index) => {
    const refuse = (path: string, message: string): never => {
      throw new Invalid([{ path: pathOf(index, path), message }]);
    };
    const fieldOf = (part: string) => (field: string) => pathOf(index, `${part}${field}`);
    const existing = (uid: number, path: string): TaskRow =>
      tasks.get(uid) ?? refuse(path, `no task ${uid} in this plan`);
    const checkVersion = (uid: number, version: number | undefined) => {
      const before = original.get(uid);
      if (version !== undefined && before !== undefined && before.version !== version)
        throw new StaleWrite(`task ${uid}`);
    };
    switch (operation.op) {
      case "create": {
        const input = operation.task;
        const uid = input.uid ?? nextUid;
        if (tasks.has(uid) || deleted.has(uid)) refuse("task.uid", `task ${uid} already exists`);
        nextUid = Math.max(nextUid, uid + 1);
        const row = newTaskRow(key, uid, fieldsOf(input));
        checkTask(row, calendars, fieldOf("task."));
        tasks.set(uid, row);
        const position = input.position;
        if (position === undefined || position > order.length) order.push(uid);
        else order.splice(position - 1, 0, uid);
        created.add(uid);
        break;
      }
      case "update": {
        const row = existing(operation.uid, "uid");
        checkVersion(operation.uid, operation.version);
        const patched = { ...row, ...fieldsOf(operation.patch) };
        const next = withDurationUntil(state, patched, operation.patch, fieldOf("patch."));
        checkTask(next, calendars, fieldOf("patch."));
        tasks.set(operation.uid, next);
        if (operation.patch.position !== undefined) {
          const from = order.indexOf(operation.uid);
          order.splice(from, 1);
          order.splice(Math.min(operation.patch.position, order.length + 1) - 1, 0, operation.uid);
        }
        if (!created.has(operation.uid)) updated.add(operation.uid);
        break;
      }
      case "delete": {
        existing(operation.uid, "uid");
        checkVersion(operation.uid, operation.version);
        // A summary goes with its subtasks, as in MS Project.
        const from = order.indexOf(operation.uid);
        const level = tasks.get(operation.uid)?.outlineLevel ?? 1;
        let to = from + 1;
        while (to < order.length && (tasks.get(order[to] ?? 0)?.outlineLevel ?? 0) > level) to++;
        for (const uid of order.splice(from, to - from)) {
          tasks.delete(uid);
          updated.delete(uid);
          if (!created.delete(uid)) deleted.add(uid);
          for (const [id, link] of links)
            if (link.predecessorUid === uid || link.successorUid === uid) removeLink(id);
        }
        break;
      }
      case "link": {
        const link = operation.link;
        existing(link.predecessorUid, "link.predecessorUid");
        existing(link.successorUid, "link.successorUid");
        const pair = pairKey(link);
        if (pairs.has(pair))
          refuse("link.successorUid", `is already linked to task ${link.predecessorUid}`);
        const row = linkRowOf(key, randomUUID(), link);
        links.set(row.id, row);
        pairs.set(pair, row.id);
        addedLinks.set(row.id, row);
        break;
      }
      case "unlink": {
        const id = pairs.get(pairKey(operation));
        if (id === undefined)
          refuse("successorUid", `is not linked to task ${operation.predecessorUid}`);
        else removeLink(id);
        break;
      }
    }
  });

  const rows = order.map((uid, i) => {
    const row = tasks.get(uid);
    if (!row) throw new Error(`task ${uid} lost its row`);
    return row.position === i + 1 ? row : { ...row, position: i + 1 };
  });
  checkOutline(rows);
  return {
    state: { ...state, tasks: rows, links: [...links.values()] },
    createdUids: created,
    updatedUids: updated,
    deletedUids: deleted,
    addedLinks: [...addedLinks.values()],
    updatedLinks: [],
    removedLinkIds,
  };
}

function pairKey(link: { predecessorUid: number; successorUid: number }): string {
  return `${link.predecessorUid}>${link.successorUid}`;
}

export function linkRowOf(
  key: PlanKey,
  id: string,
  link: {
    predecessorUid: number;
    successorUid: number;
    type: string;
    lag:
      | { kind: "time"; minutes: number; unit: string; elapsed: boolean }
      | { kind: "percent"; percent: number; elapsed: boolean };
  },
  version = 1,
): LinkRow {
  const lag = link.lag;
  return {
    orgId: key.orgId,
    projectId: key.projectId,
    id,
    predecessorUid: link.predecessorUid,
    successorUid: link.successorUid,
    type: link.type,
    lagMinutes: lag.kind === "time" ? lag.minutes : null,
    lagPercent: lag.kind === "percent" ? lag.percent : null,
    lagUnit: lag.kind === "time" ? lag.unit : "percent",
    lagElapsed: lag.elapsed,
    version,
  };
}

/** The task with the duration a `durationUntil` asks for (dragging its bar's end). */
function withDurationUntil(
  state: PlanState,
  row: TaskRow,
  patch: TaskUpdate,
  at: (field: string) => string,
): TaskRow {
  if (patch.durationUntil === undefined) return row;
  if (patch.durationMinutes !== undefined)
    throw new Invalid([{ path: at("durationUntil"), message: "cannot go with durationMinutes" }]);
  const until = durationUntil(state, row, patch.durationUntil);
  if (!until.ok) throw new Invalid([{ path: at("durationUntil"), message: until.message }]);
  return { ...row, ...until.fields };
}

/** Rules across a task's fields that a schema alone cannot state. */
function checkTask(
  row: TaskRow,
  calendars: ReadonlySet<number>,
  at: (field: string) => string,
): void {
  const problems: FieldProblem[] = [];
  if (DATED_CONSTRAINTS.has(row.constraintType) && row.constraintDate === null)
    problems.push({
      path: at("constraintDate"),
      message: `is required for ${row.constraintType}`,
    });
  if (row.calendarUid !== null && !calendars.has(row.calendarUid))
    problems.push({
      path: at("calendarUid"),
      message: `no calendar ${row.calendarUid} in this plan`,
    });
  if (row.manual && (row.manualStart === null || row.manualFinish === null) && !row.milestone) {
    if (row.manualStart === null)
      problems.push({ path: at("manualStart"), message: "is required for a manual task" });
  }
  if (row.actualFinish !== null && row.actualStart === null)
    problems.push({ path: at("actualStart"), message: "is required with an actual finish" });
  if (row.actualStart !== null && row.actualFinish !== null && row.actualFinish < row.actualStart)
    problems.push({ path: at("actualFinish"), message: "must not be before the actual start" });
  if (problems.length > 0) throw new Invalid(problems);
}

/** The outline must start at level 1 and go down one level at a time. */
function checkOutline(rows: readonly TaskRow[]): void {
  let previous = 0;
  for (const row of rows) {
    if (row.outlineLevel > previous + 1) {
      throw new Invalid([
        {
          path: "outlineLevel",
          message: `task ${row.uid} (row ${row.position}) is at level ${row.outlineLevel} under a row at level ${previous}; indent one level at a time`,
        },
      ]);
    }
    previous = row.outlineLevel;
  }
}
