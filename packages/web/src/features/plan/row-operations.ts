import type { TaskBatchOperation } from "@orrery/contracts/plans";
import { isOutline } from "@orrery/core/plans/outline";
import { type EnteredTask, highestOf } from "./plan-model.js";

// The grid's row operations as MS Project has them, each one batch: indent and outdent a task
// with its subtasks, insert a task above, delete (a summary goes with its subtasks), move a task
// with its subtasks above or below its neighbour at the same level. Each answers null when it
// cannot apply to the selection, so the button and key do nothing.

/** What the row operations read of a task: enough to work on a plan of any size at each click. */
export interface OutlineTask {
  readonly uid: number;
  readonly version: number;
  readonly entered: Pick<EnteredTask, "name" | "outlineLevel">;
}

/** The plan's tasks in outline order (a `PlanModel` is one). */
export interface OutlineModel {
  readonly tasks: readonly OutlineTask[];
}

/** A row operation ready to send, with the words Undo shows for it. */
export interface RowEdit {
  readonly label: string;
  readonly operations: TaskBatchOperation[];
}

/** A selected task with its subtasks: rows `from` to `to` (exclusive) of the outline. */
interface Block {
  readonly from: number;
  readonly to: number;
}

const levelOf = (task: OutlineTask | undefined) => task?.entered.outlineLevel ?? 0;

/** Where each selected task's subtree ends, for the selected tasks whose summary is not selected. */
function selectedBlocks(model: OutlineModel, selected: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  const tasks = model.tasks;
  let index = 0;
  while (index < tasks.length) {
    const task = tasks[index];
    if (!task || !selected.has(task.uid)) {
      index++;
      continue;
    }
    let to = index + 1;
    while (to < tasks.length && levelOf(tasks[to]) > task.entered.outlineLevel) to++;
    blocks.push({ from: index, to });
    index = to;
  }
  return blocks;
}

function rowsOf(model: OutlineModel, blocks: readonly Block[]): OutlineTask[] {
  return blocks.flatMap((block) => model.tasks.slice(block.from, block.to));
}

/** `Design`, or `3 tasks` for several. */
function named(model: OutlineModel, blocks: readonly Block[]): string {
  const first = blocks[0];
  if (blocks.length !== 1 || !first) return `${blocks.length} tasks`;
  return model.tasks[first.from]?.entered.name ?? "a task";
}

function shifted(model: OutlineModel, selected: ReadonlySet<number>, by: 1 | -1): RowEdit | null {
  const blocks = selectedBlocks(model, selected);
  if (blocks.length === 0) return null;
  const moving = new Set(rowsOf(model, blocks).map((task) => task.uid));
  const levels = model.tasks.map(
    (task) => task.entered.outlineLevel + (moving.has(task.uid) ? by : 0),
  );
  if (!isOutline(levels)) return null;
  return {
    label: `${by === 1 ? "Indent" : "Outdent"} ${named(model, blocks)}`,
    operations: rowsOf(model, blocks).map((task) => ({
      op: "update",
      uid: task.uid,
      version: task.version,
      patch: { outlineLevel: task.entered.outlineLevel + by },
    })),
  };
}

/** Makes each selected task a subtask of the task above it, its own subtasks going along. */
export function indentRows(model: OutlineModel, selected: ReadonlySet<number>): RowEdit | null {
  return shifted(model, selected, 1);
}

/** Moves each selected task up a level; the tasks below it at its old level become its subtasks. */
export function outdentRows(model: OutlineModel, selected: ReadonlySet<number>): RowEdit | null {
  return shifted(model, selected, -1);
}

/** The name a new row starts with, ready to be typed over. */
export const NEW_ROW_NAME = "New task";

/**
 * A new task above the first selected row, at its level (the end of the plan when nothing is
 * selected), with a UID chosen here so the grid can select it.
 */
export function insertRowAbove(
  model: OutlineModel,
  selected: ReadonlySet<number>,
): (RowEdit & { readonly uid: number }) | null {
  const index = model.tasks.findIndex((task) => selected.has(task.uid));
  const at = model.tasks[index];
  const uid = highestOf(model.tasks.map((task) => task.uid)) + 1;
  return {
    uid,
    label: "Insert a task",
    operations: [
      {
        op: "create",
        task: {
          uid,
          name: NEW_ROW_NAME,
          ...(at ? { position: index + 1, outlineLevel: at.entered.outlineLevel } : {}),
        },
      },
    ],
  };
}

/** Deletes the selected tasks; `withSubtasks` says whether summaries take subtasks along. */
export function deleteRows(
  model: OutlineModel,
  selected: ReadonlySet<number>,
): (RowEdit & { readonly withSubtasks: boolean; readonly count: number }) | null {
  const blocks = selectedBlocks(model, selected);
  if (blocks.length === 0) return null;
  return {
    label: `Delete ${named(model, blocks)}`,
    withSubtasks: blocks.some((block) => block.to - block.from > 1),
    count: rowsOf(model, blocks).length,
    operations: blocks.map((block) => {
      const task = model.tasks[block.from];
      return { op: "delete", uid: task?.uid ?? 0, version: task?.version };
    }),
  };
}

/**
 * Moves the selected tasks (siblings next to each other) with their subtasks above the previous
 * sibling or below the next one; a task does not leave its summary this way.
 */
export function moveRows(
  model: OutlineModel,
  selected: ReadonlySet<number>,
  direction: "up" | "down",
): RowEdit | null {
  const blocks = selectedBlocks(model, selected);
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return null;
  const tasks = model.tasks;
  const level = levelOf(tasks[first.from]);
  const contiguous = blocks.every(
    (block, i) =>
      i === 0 || (block.from === blocks[i - 1]?.to && levelOf(tasks[block.from]) === level),
  );
  if (!contiguous) return null;
  const rows = tasks.slice(first.from, last.to);
  const label = `Move ${named(model, blocks)} ${direction}`;
  const move = (task: OutlineTask, position: number): TaskBatchOperation => ({
    op: "update",
    uid: task.uid,
    version: task.version,
    patch: { position },
  });
  if (direction === "up") {
    let sibling = first.from - 1;
    while (sibling >= 0 && levelOf(tasks[sibling]) > level) sibling--;
    if (sibling < 0 || levelOf(tasks[sibling]) !== level) return null;
    return { label, operations: rows.map((task, k) => move(task, sibling + k + 1)) };
  }
  if (levelOf(tasks[last.to]) !== level) return null;
  let end = last.to + 1;
  while (end < tasks.length && levelOf(tasks[end]) > level) end++;
  return { label, operations: rows.map((task) => move(task, end)) };
}
