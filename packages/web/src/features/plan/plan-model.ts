import type { Link, LinkLag, LinkType, Task, TaskBatchOperation } from "@orrery/contracts/plans";
import { NEW_TASK_VALUES, type TaskEntered, TaskUpdate } from "@orrery/contracts/plans";
import { isOutline, outlineNumbers } from "@orrery/core/plans/outline";
import { inOutlineOrder } from "./outline-order.js";

// The entered side of a plan (what people typed, in outline order, and the links), with the
// batch operations applied as the server applies them: creates at a position or at the end,
// updates that move a row, deletes that take a summary's subtasks, links by task pair. Undo and
// the row operations reason on it; the dates stay the server's engine's alone.

/** What a person entered about a task, in the API's names: what an undo puts back. */
export type EnteredTask = TaskEntered;

export interface ModelTask {
  readonly uid: number;
  readonly entered: EnteredTask;
  readonly version: number;
}

export interface ModelLink {
  readonly predecessorUid: number;
  readonly successorUid: number;
  readonly type: LinkType;
  readonly lag: LinkLag;
}

export interface PlanModel {
  /** In outline order. */
  readonly tasks: readonly ModelTask[];
  readonly links: readonly ModelLink[];
}

/** A new task's values when a create leaves them out (the server's defaults). */
export const NEW_TASK: EnteredTask = NEW_TASK_VALUES;

const ENTERED_FIELDS = TaskUpdate.keyof().options.filter(
  (field): field is keyof EnteredTask => field !== "position",
);

/**
 * A task's entered values. The API gives the outline number as `wbs` when a task has no code of
 * its own, so a `wbs` equal to the outline number counts as none (putting it back as a code
 * would pin it when rows move).
 */
export function enteredOf(task: Task, outlineNumber: string): EnteredTask {
  const entered: Record<string, unknown> = { ...NEW_TASK };
  for (const field of ENTERED_FIELDS) entered[field] = task[field];
  if (task.wbs === outlineNumber) entered.wbs = null;
  return entered as EnteredTask;
}

// The API's task objects and link lists keep their identity across edits they were not part of
// (plan-change.ts, and the query cache's structural sharing), so the model of a large plan is
// mostly taken from here: undo reads the whole plan before and after every edit.
const modelTasks = new WeakMap<
  Task,
  { readonly outlineNumber: string; readonly task: ModelTask }
>();
const modelLinks = new WeakMap<readonly Link[], readonly ModelLink[]>();

function modelTaskOf(task: Task, outlineNumber: string): ModelTask {
  const cached = modelTasks.get(task);
  if (cached?.outlineNumber === outlineNumber) return cached.task;
  const model = { uid: task.uid, entered: enteredOf(task, outlineNumber), version: task.version };
  modelTasks.set(task, { outlineNumber, task: model });
  return model;
}

function modelLinksOf(links: readonly Link[]): readonly ModelLink[] {
  let model = modelLinks.get(links);
  if (!model) {
    model = links.map(({ predecessorUid, successorUid, type, lag }) => ({
      predecessorUid,
      successorUid,
      type,
      lag,
    }));
    modelLinks.set(links, model);
  }
  return model;
}

/** The plan's entered side from the tasks and links the API lists. */
export function modelOf(tasks: readonly Task[], links: readonly Link[]): PlanModel {
  const ordered = inOutlineOrder(tasks);
  const numbers = outlineNumbers(ordered.map((task) => task.outlineLevel));
  return {
    tasks: ordered.map((task, i) => modelTaskOf(task, numbers[i] ?? "")),
    links: modelLinksOf(links),
  };
}

/** The fields in which two entered states differ, with the values of `to`. */
export function enteredChanges(from: EnteredTask, to: EnteredTask): TaskUpdate {
  const patch: TaskUpdate = {};
  for (const field of ENTERED_FIELDS)
    if (from[field] !== to[field]) Object.assign(patch, { [field]: to[field] });
  return patch;
}

export function pairOf(link: { predecessorUid: number; successorUid: number }): string {
  return `${link.predecessorUid}>${link.successorUid}`;
}

export function sameLink(a: ModelLink, b: ModelLink): boolean {
  return (
    pairOf(a) === pairOf(b) && a.type === b.type && JSON.stringify(a.lag) === JSON.stringify(b.lag)
  );
}

/** The highest of some UIDs, 0 for none (a spread would overflow the stack on a large plan). */
export function highestOf(uids: Iterable<number>): number {
  let highest = 0;
  for (const uid of uids) if (uid > highest) highest = uid;
  return highest;
}

/** Why the server would refuse a batch: a stale version (412) or an operation it cannot apply. */
export class ModelRefusal extends Error {
  constructor(
    readonly stale: boolean,
    message: string,
  ) {
    super(message);
    this.name = "ModelRefusal";
  }
}

/**
 * A plan being edited one operation at a time, without version checks: what `applyToModel`
 * uses, and what undo uses to foresee where rows stand between its own operations.
 */
export class PlanDraft {
  readonly order: number[];
  readonly tasks: Map<number, ModelTask>;
  readonly links: Map<string, ModelLink>;

  constructor(model: PlanModel) {
    this.order = model.tasks.map((task) => task.uid);
    this.tasks = new Map(model.tasks.map((task) => [task.uid, task]));
    this.links = new Map(model.links.map((link) => [pairOf(link), link]));
  }

  levelAt(index: number): number | undefined {
    return this.tasks.get(this.order[index] ?? 0)?.entered.outlineLevel;
  }

  /** Applies one operation; answers the UIDs it created, updated and deleted. */
  apply(operation: TaskBatchOperation): { uid: number; deleted: readonly number[] } {
    switch (operation.op) {
      case "create": {
        const { uid: chosen, position, ...fields } = operation.task;
        const uid = chosen ?? highestOf(this.tasks.keys()) + 1;
        if (this.tasks.has(uid)) throw new ModelRefusal(false, `task ${uid} already exists`);
        this.tasks.set(uid, { uid, entered: { ...NEW_TASK, ...defined(fields) }, version: 1 });
        this.place(uid, position);
        return { uid, deleted: [] };
      }
      case "update": {
        const task = this.existing(operation.uid);
        const { position, ...fields } = operation.patch;
        this.tasks.set(task.uid, { ...task, entered: { ...task.entered, ...defined(fields) } });
        if (position !== undefined) {
          this.order.splice(this.order.indexOf(task.uid), 1);
          this.place(task.uid, position);
        }
        return { uid: task.uid, deleted: [] };
      }
      case "delete": {
        const task = this.existing(operation.uid);
        const from = this.order.indexOf(task.uid);
        let to = from + 1;
        while (to < this.order.length && (this.levelAt(to) ?? 0) > task.entered.outlineLevel) to++;
        const deleted = this.order.splice(from, to - from);
        for (const uid of deleted) {
          this.tasks.delete(uid);
          for (const [pair, link] of this.links)
            if (link.predecessorUid === uid || link.successorUid === uid) this.links.delete(pair);
        }
        return { uid: task.uid, deleted };
      }
      case "link": {
        const { predecessorUid, successorUid, type, lag } = operation.link;
        this.existing(predecessorUid);
        this.existing(successorUid);
        const pair = pairOf(operation.link);
        if (this.links.has(pair)) throw new ModelRefusal(false, `${pair} is already linked`);
        this.links.set(pair, { predecessorUid, successorUid, type, lag });
        return { uid: successorUid, deleted: [] };
      }
      case "unlink": {
        if (!this.links.delete(pairOf(operation)))
          throw new ModelRefusal(false, `${pairOf(operation)} is not linked`);
        return { uid: operation.successorUid, deleted: [] };
      }
    }
  }

  model(): PlanModel {
    return {
      tasks: this.order.map((uid) => this.existing(uid)),
      links: [...this.links.values()],
    };
  }

  private existing(uid: number): ModelTask {
    const task = this.tasks.get(uid);
    if (!task) throw new ModelRefusal(false, `no task ${uid} in this plan`);
    return task;
  }

  private place(uid: number, position: number | undefined): void {
    if (position === undefined || position > this.order.length) this.order.push(uid);
    else this.order.splice(position - 1, 0, uid);
  }
}

/** The fields a create or patch sets (an absent field keeps its value). */
function defined<T extends object>(fields: T): Partial<T> {
  const set: Partial<T> = {};
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) Object.assign(set, { [name]: value });
  return set;
}

/**
 * The plan after a batch, as the server writes it: all or nothing, a stale version refuses the
 * batch, every updated task's version moves on once, and the outline must hold at the end.
 */
export function applyToModel(
  model: PlanModel,
  operations: readonly TaskBatchOperation[],
): PlanModel {
  const versions = new Map(model.tasks.map((task) => [task.uid, task.version]));
  const draft = new PlanDraft(model);
  const updated = new Set<number>();
  const created = new Set<number>();
  for (const operation of operations) {
    if (operation.op === "update" || operation.op === "delete") {
      const version = versions.get(operation.uid);
      if (operation.version !== undefined && version !== undefined && version !== operation.version)
        throw new ModelRefusal(true, `task ${operation.uid} changed meanwhile`);
    }
    const { uid, deleted } = draft.apply(operation);
    if (operation.op === "create") created.add(uid);
    if (operation.op === "update" && !created.has(uid)) updated.add(uid);
    for (const gone of deleted) {
      updated.delete(gone);
      created.delete(gone);
    }
  }
  const after = draft.model();
  if (!isOutline(after.tasks.map((task) => task.entered.outlineLevel)))
    throw new ModelRefusal(false, "the outline skips a level");
  return {
    ...after,
    tasks: after.tasks.map((task) =>
      updated.has(task.uid) ? { ...task, version: task.version + 1 } : task,
    ),
  };
}
