import type { Baseline, TaskBatchOperation } from "@orrery/contracts/plans";
import {
  type EnteredTask,
  enteredChanges,
  highestOf,
  type ModelLink,
  ModelRefusal,
  PlanDraft,
  type PlanModel,
  pairOf,
  sameLink,
} from "./plan-model.js";

// Undo and redo of plan edits. An entry keeps what one edit touched, as it was before and after
// (entered values, row, version; links), and each step computes the batch that goes from the
// plan as it is now to the other side. Only touched tasks are written, with the versions this
// history last saw, so a colleague's change in between refuses the step (412) instead of being
// overwritten. A task re-created by an undo may get a new UID; the history follows it.

export interface EditedTask {
  /** The task's row in the outline, 1-based. */
  readonly position: number;
  readonly entered: EnteredTask;
  readonly version: number;
}

/** The touched tasks and links on one side of an edit. */
export interface EditSide {
  readonly tasks: ReadonlyMap<number, EditedTask>;
  readonly links: readonly ModelLink[];
}

export interface HistoryEntry {
  /** What the edit did, for the Undo and Redo buttons: `Duration of Design`. */
  readonly label: string;
  readonly before: EditSide;
  readonly after: EditSide;
  /** A baseline set or cleared (its task sides are empty: no task changed). */
  readonly baseline?: BaselineStep;
}

/** What a baseline held before and after it was set or cleared; null when it was not set. */
export interface BaselineStep {
  readonly number: number;
  readonly before: Baseline["items"] | null;
  readonly after: Baseline["items"] | null;
}

const NO_CHANGE: EditSide = { tasks: new Map(), links: [] };

/** The history entry of a baseline set or cleared; undo puts back what it held. */
export function baselineEntry(label: string, step: BaselineStep): HistoryEntry {
  return { label, before: NO_CHANGE, after: NO_CHANGE, baseline: step };
}

/** What the baseline of `entry` should hold once the step in `direction` is taken. */
export function baselineTarget(
  entry: HistoryEntry,
  direction: HistoryDirection,
): { readonly number: number; readonly items: Baseline["items"] | null } | null {
  if (!entry.baseline) return null;
  const { number, before, after } = entry.baseline;
  return { number, items: direction === "undo" ? before : after };
}

export interface PlanHistory {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export type HistoryDirection = "undo" | "redo";

export const EMPTY_HISTORY: PlanHistory = { undo: [], redo: [] };

/** How many edits Undo can go back. */
export const HISTORY_LIMIT = 100;

/**
 * What an applied batch did, from the plan before it and after it: the tasks the operations
 * updated, created or deleted (a summary's subtasks included) and the links that changed.
 * Null when nothing changed.
 */
export function editEntry(
  label: string,
  operations: readonly TaskBatchOperation[],
  before: PlanModel,
  after: PlanModel,
): HistoryEntry | null {
  const was = rowsOf(before);
  const is = rowsOf(after);
  const named = operations.flatMap((operation) =>
    operation.op === "create" ? [operation.task.uid] : [],
  );
  // Tasks new in the answer are this edit's when its creates left the UID to the server.
  const created = named.every((uid) => uid !== undefined)
    ? named.filter((uid) => uid !== undefined)
    : [...is.keys()].filter((uid) => !was.has(uid));
  const touched = new Set<number>([
    ...created,
    ...before.tasks.map((task) => task.uid).filter((uid) => !is.has(uid)),
    ...operations.flatMap((operation) => (operation.op === "update" ? [operation.uid] : [])),
  ]);
  const changedPairs = changedLinkPairs(before.links, after.links);
  if (touched.size === 0 && changedPairs.size === 0) return null;
  const sideOf = (model: PlanModel, rows: ReadonlyMap<number, number>): EditSide => {
    const tasks = new Map<number, EditedTask>();
    for (const uid of touched) {
      const index = rows.get(uid);
      const task = index === undefined ? undefined : model.tasks[index];
      if (index !== undefined && task)
        tasks.set(uid, { position: index + 1, entered: task.entered, version: task.version });
    }
    const links =
      changedPairs.size === 0 ? [] : model.links.filter((link) => changedPairs.has(pairOf(link)));
    return { tasks, links };
  };
  return { label, before: sideOf(before, was), after: sideOf(after, is) };
}

/** Each task's index in the outline, by UID. */
function rowsOf(model: PlanModel): Map<number, number> {
  const rows = new Map<number, number>();
  model.tasks.forEach((task, index) => {
    rows.set(task.uid, index);
  });
  return rows;
}

/** The task pairs whose link was added, removed or changed (by pair, so a plan of any size). */
function changedLinkPairs(before: readonly ModelLink[], after: readonly ModelLink[]): Set<string> {
  if (before === after) return new Set();
  const was = new Map(before.map((link) => [pairOf(link), link]));
  const changed = new Set<string>();
  for (const link of after) {
    const pair = pairOf(link);
    const old = was.get(pair);
    if (!old || !sameLink(old, link)) changed.add(pair);
    was.delete(pair);
  }
  for (const pair of was.keys()) changed.add(pair);
  return changed;
}

/**
 * The history after a new edit: older entries follow the versions it moved on, the edit goes on
 * top, and what was undone can no longer be redone.
 */
export function recorded(
  history: PlanHistory,
  entry: HistoryEntry,
  before: PlanModel,
  after: PlanModel,
): PlanHistory {
  const followed = followingVersions(history, versionMoves(before, after));
  return { undo: [...followed.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

/** The entry the next undo or redo takes back or re-applies. */
export function nextStep(history: PlanHistory, direction: HistoryDirection): HistoryEntry | null {
  return history[direction].at(-1) ?? null;
}

/** The history without the next step of `direction` (it can no longer be applied). */
export function dropped(history: PlanHistory, direction: HistoryDirection): PlanHistory {
  return { ...history, [direction]: history[direction].slice(0, -1) };
}

/** Where a step goes: from the side the plan is on to the other. */
function sidesOf(entry: HistoryEntry, direction: HistoryDirection) {
  return direction === "undo"
    ? { from: entry.after, to: entry.before }
    : { from: entry.before, to: entry.after };
}

/**
 * The batch that takes the plan from one side of the next entry to the other, and the UIDs that
 * re-created tasks take instead of their old ones (taken meanwhile). Throws `ModelRefusal` when
 * the plan no longer holds a task the step needs.
 */
export function stepOperations(
  history: PlanHistory,
  direction: HistoryDirection,
  current: PlanModel,
): { operations: TaskBatchOperation[]; renamed: ReadonlyMap<number, number> } {
  const entry = nextStep(history, direction);
  if (!entry) return { operations: [], renamed: new Map() };
  const { from, to } = sidesOf(entry, direction);
  const draft = new PlanDraft(current);
  const operations: TaskBatchOperation[] = [];
  const emit = (operation: TaskBatchOperation) => {
    draft.apply(operation);
    operations.push(operation);
  };
  const versionOf = (uid: number) => from.tasks.get(uid)?.version;
  for (const uid of from.tasks.keys())
    if (!draft.tasks.has(uid)) throw new ModelRefusal(true, `task ${uid} is no longer in the plan`);

  // Links first, so that deletes and re-creates below do not meet them.
  for (const link of from.links)
    if (!to.links.some((other) => sameLink(link, other)) && draft.links.has(pairOf(link)))
      emit({ op: "unlink", predecessorUid: link.predecessorUid, successorUid: link.successorUid });

  for (const [uid, target] of to.tasks) {
    const source = from.tasks.get(uid);
    if (!source) continue;
    const patch = enteredChanges(source.entered, target.entered);
    if (Object.keys(patch).length > 0) emit({ op: "update", uid, version: source.version, patch });
  }

  // Bottom-up, so a task goes alone: one with a deeper row after it (which a delete would take
  // along as its subtask) first moves to the end of the outline.
  const doomed = draft.order.filter((uid) => from.tasks.has(uid) && !to.tasks.has(uid));
  for (const uid of doomed.reverse()) {
    const index = draft.order.indexOf(uid);
    const level = draft.levelAt(index) ?? 1;
    const version = versionOf(uid);
    if ((draft.levelAt(index + 1) ?? 0) > level)
      emit({ op: "update", uid, version, patch: { position: draft.order.length } });
    emit({ op: "delete", uid, version });
  }

  const renamed = new Map<number, number>();
  let spare = Math.max(highestUid(history), highestOf(draft.tasks.keys())) + 1;
  const reborn = [...to.tasks].filter(([uid]) => !from.tasks.has(uid));
  for (const [uid, target] of reborn.sort(([, a], [, b]) => a.position - b.position)) {
    const chosen = draft.tasks.has(uid) ? spare++ : uid;
    if (chosen !== uid) renamed.set(uid, chosen);
    emit({ op: "create", task: { ...target.entered, uid: chosen } });
  }

  const uidOf = (uid: number) => renamed.get(uid) ?? uid;
  placeRows(draft, to, uidOf, versionOf, emit);

  for (const link of to.links) {
    const wanted = {
      ...link,
      predecessorUid: uidOf(link.predecessorUid),
      successorUid: uidOf(link.successorUid),
    };
    const there = draft.links.get(pairOf(wanted));
    if (there && sameLink(there, wanted)) continue;
    if (there)
      emit({
        op: "unlink",
        predecessorUid: wanted.predecessorUid,
        successorUid: wanted.successorUid,
      });
    emit({ op: "link", link: wanted });
  }
  return { operations, renamed };
}

/**
 * Moves the side's tasks to their rows, touching no other task: each goes right after the task
 * that comes before it on that side, in row order, so the rows of everyone else keep their order.
 */
function placeRows(
  draft: PlanDraft,
  side: EditSide,
  uidOf: (uid: number) => number,
  versionOf: (uid: number) => number | undefined,
  emit: (operation: TaskBatchOperation) => void,
): void {
  const placed = [...side.tasks]
    .map(([uid, task]) => ({ uid: uidOf(uid), version: versionOf(uid), position: task.position }))
    .sort((a, b) => a.position - b.position);
  const moving = new Set(placed.map((task) => task.uid));
  const target = draft.order.filter((uid) => !moving.has(uid));
  for (const task of placed) target.splice(Math.min(task.position - 1, target.length), 0, task.uid);
  for (const task of placed) {
    const index = target.indexOf(task.uid);
    const previous = target[index - 1];
    const at = draft.order.indexOf(task.uid);
    const after = previous === undefined ? -1 : draft.order.indexOf(previous);
    if (at === after + 1) continue;
    // Position counts the rows once this one is out of its place.
    const position = after < at ? after + 2 : after + 1;
    emit({ op: "update", uid: task.uid, version: task.version, patch: { position } });
  }
}

/**
 * The history once a step went through: its entry moves to the other stack with the versions
 * the plan now has, re-created tasks are known by their new UIDs, and every entry follows the
 * versions the step moved on.
 */
export function stepped(
  history: PlanHistory,
  direction: HistoryDirection,
  renamed: ReadonlyMap<number, number>,
  before: PlanModel,
  after: PlanModel,
): PlanHistory {
  const entry = nextStep(history, direction);
  if (!entry) return history;
  const rest = renameUids(dropped(history, direction), renamed);
  const moved = renameEntry(entry, renamed);
  const versions = new Map(after.tasks.map((task) => [task.uid, task.version]));
  const reached = direction === "undo" ? moved.before : moved.after;
  const refreshed: EditSide = {
    ...reached,
    tasks: new Map(
      [...reached.tasks].map(([uid, task]) => [
        uid,
        { ...task, version: versions.get(uid) ?? task.version },
      ]),
    ),
  };
  const settled =
    direction === "undo" ? { ...moved, before: refreshed } : { ...moved, after: refreshed };
  // A re-created task starts a new version count; entries knew its last one before the delete.
  const moves = versionMoves(before, after);
  const from = direction === "undo" ? moved.after : moved.before;
  for (const [uid, task] of reached.tasks) {
    const version = versions.get(uid);
    if (!from.tasks.has(uid) && version !== undefined)
      moves.set(uid, { from: task.version, to: version });
  }
  const followed = followingVersions(rest, moves);
  return direction === "undo"
    ? { undo: followed.undo, redo: [...followed.redo, settled] }
    : { undo: [...followed.undo, settled], redo: followed.redo };
}

type VersionMoves = ReadonlyMap<number, { readonly from: number; readonly to: number }>;

/** The versions this history's own write moved on: tasks in the plan before and after it. */
function versionMoves(
  before: PlanModel,
  after: PlanModel,
): Map<number, { from: number; to: number }> {
  const was = new Map(before.tasks.map((task) => [task.uid, task.version]));
  const moves = new Map<number, { from: number; to: number }>();
  for (const task of after.tasks) {
    const from = was.get(task.uid);
    if (from !== undefined && from !== task.version)
      moves.set(task.uid, { from, to: task.version });
  }
  return moves;
}

/**
 * Entries that saw a task at the version this history's own write moved on now expect the new
 * one (anyone else's write still shows as a stale version).
 */
function followingVersions(history: PlanHistory, moves: VersionMoves): PlanHistory {
  if (moves.size === 0) return history;
  const follow = (side: EditSide): EditSide => ({
    ...side,
    tasks: new Map(
      [...side.tasks].map(([uid, task]) => {
        const move = moves.get(uid);
        return [uid, move && move.from === task.version ? { ...task, version: move.to } : task];
      }),
    ),
  });
  const entry = (e: HistoryEntry): HistoryEntry => ({
    ...e,
    before: follow(e.before),
    after: follow(e.after),
  });
  return { undo: history.undo.map(entry), redo: history.redo.map(entry) };
}

function renameUids(history: PlanHistory, renamed: ReadonlyMap<number, number>): PlanHistory {
  if (renamed.size === 0) return history;
  return {
    undo: history.undo.map((entry) => renameEntry(entry, renamed)),
    redo: history.redo.map((entry) => renameEntry(entry, renamed)),
  };
}

function renameEntry(entry: HistoryEntry, renamed: ReadonlyMap<number, number>): HistoryEntry {
  if (renamed.size === 0) return entry;
  const uidOf = (uid: number) => renamed.get(uid) ?? uid;
  const side = (s: EditSide): EditSide => ({
    tasks: new Map([...s.tasks].map(([uid, task]) => [uidOf(uid), task])),
    links: s.links.map((link) => ({
      ...link,
      predecessorUid: uidOf(link.predecessorUid),
      successorUid: uidOf(link.successorUid),
    })),
  });
  return { ...entry, before: side(entry.before), after: side(entry.after) };
}

/** The highest UID any entry knows, so a re-created task never takes one the history uses. */
function highestUid(history: PlanHistory): number {
  let highest = 0;
  for (const entry of [...history.undo, ...history.redo])
    for (const side of [entry.before, entry.after])
      for (const uid of side.tasks.keys()) highest = Math.max(highest, uid);
  return highest;
}
