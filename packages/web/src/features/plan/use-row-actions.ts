import type { Task } from "@orrery/contracts/plans";
import { useMemo, useState } from "react";
import { inOutlineOrder } from "./outline-order.js";
import type { PlanRow } from "./plan-rows.js";
import {
  deleteRows,
  indentRows,
  insertRowAbove,
  moveRows,
  type OutlineModel,
  outdentRows,
  type RowEdit,
} from "./row-operations.js";
import { type RowSelection, selectedUids, selectRow } from "./row-selection.js";
import type { FocusRequest, GridSelection } from "./task-grid.js";
import type { PlanEditing } from "./use-plan-editing.js";

/** A row operation as a button and a key show it. */
export interface RowAction {
  readonly name: string;
  /** The key, as MS Project has it, for the tooltip: `Alt+Shift+→`. */
  readonly keys: string;
  readonly disabled: boolean;
  readonly run: () => void;
}

export type RowActionName = "insert" | "remove" | "indent" | "outdent" | "up" | "down";

/** A delete that takes subtasks along, waiting for the person to confirm it. */
export interface PendingDelete {
  readonly edit: RowEdit;
  readonly count: number;
  readonly confirm: () => void;
  readonly cancel: () => void;
}

interface RowActionsInput {
  readonly tasks: readonly Task[];
  readonly rows: readonly PlanRow[];
  readonly editing: PlanEditing;
  readonly editable: boolean;
  /** Selected and focused when the grid first shows it (a link to a task's row). */
  readonly initialTask?: number | undefined;
}

/**
 * The grid's selection and its row operations (buttons, keys, the delete confirmation), each
 * sent through the undo history.
 */
export function useRowActions({ tasks, rows, editing, editable, initialTask }: RowActionsInput) {
  const [selection, setSelection] = useState<RowSelection>(
    initialTask === undefined ? { anchor: null, focus: null } : selectRow(initialTask),
  );
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(
    initialTask === undefined ? null : { uid: initialTask, editName: false },
  );
  const [pending, setPending] = useState<ReturnType<typeof deleteRows>>(null);
  const model = useMemo(() => outlineOf(tasks), [tasks]);
  const selected = useMemo(() => selectedUids(rows, selection), [rows, selection]);

  const edits = useMemo(
    () => ({
      insert: insertRowAbove(model, selected),
      remove: deleteRows(model, selected),
      indent: indentRows(model, selected),
      outdent: outdentRows(model, selected),
      up: moveRows(model, selected, "up"),
      down: moveRows(model, selected, "down"),
    }),
    [model, selected],
  );

  /** After a delete the keyboard goes to the row that took the first deleted row's place. */
  const rowAfterDelete = (removed: RowEdit) => {
    const gone = new Set(removed.operations.flatMap((op) => (op.op === "delete" ? [op.uid] : [])));
    const first = rows.findIndex((row) => selected.has(row.uid));
    const rest = rows.filter(
      (row, i) => i >= first && !selected.has(row.uid) && !gone.has(row.uid),
    );
    return rest[0]?.uid ?? rows.filter((row) => !selected.has(row.uid)).at(-1)?.uid ?? null;
  };

  const send = (edit: RowEdit, after: () => void) => {
    void editing.edit(edit.label, edit.operations).then((ok) => {
      if (ok) after();
    });
  };
  const refocus = (uid: number | null, editName = false) => {
    if (uid === null) return;
    setSelection((current) => (current.focus === uid ? current : selectRow(uid)));
    setFocusRequest({ uid, editName });
  };
  const runRemove = (edit: RowEdit) => {
    const next = rowAfterDelete(edit);
    send(edit, () => refocus(next));
  };

  const runs: Record<RowActionName, () => void> = {
    insert: () => {
      const edit = edits.insert;
      if (edit) send(edit, () => refocus(edit.uid, true));
    },
    remove: () => {
      const edit = edits.remove;
      if (!edit) return;
      if (!edit.withSubtasks) return runRemove(edit);
      setPending(edit);
    },
    // The row stays where it is, and so does the keyboard.
    indent: () => edits.indent && send(edits.indent, () => {}),
    outdent: () => edits.outdent && send(edits.outdent, () => {}),
    // Moved rows are re-attached elsewhere in the table, which takes the focus away.
    up: () => edits.up && send(edits.up, () => refocus(selection.focus)),
    down: () => edits.down && send(edits.down, () => refocus(selection.focus)),
  };

  const action = (name: RowActionName, label: string, keys: string): RowAction => ({
    name: label,
    keys,
    disabled: !editable || edits[name] === null,
    run: runs[name],
  });
  const actions: Record<RowActionName, RowAction> = {
    insert: action("insert", "Insert a task above", "Insert"),
    remove: action("remove", "Delete the selected tasks", "Delete"),
    indent: action("indent", "Indent", "Alt+Shift+→"),
    outdent: action("outdent", "Outdent", "Alt+Shift+←"),
    up: action("up", "Move up", "Alt+Shift+↑"),
    down: action("down", "Move down", "Alt+Shift+↓"),
  };

  /** The plan's keys on a grid row, as in MS Project. */
  const onRowKey = (event: React.KeyboardEvent): boolean => {
    if (!editable || event.ctrlKey || event.metaKey) return false;
    const name = keyAction(event);
    if (name === null) return false;
    if (!actions[name].disabled) actions[name].run();
    return true;
  };

  const grid: GridSelection = {
    selection,
    selected,
    onSelectionChange: setSelection,
    onRowKey,
    focusRequest,
    onFocusDone: () => setFocusRequest(null),
  };
  const pendingDelete: PendingDelete | null = pending && {
    edit: pending,
    count: pending.count,
    confirm: () => {
      setPending(null);
      runRemove(pending);
    },
    cancel: () => setPending(null),
  };
  return { actions, grid, pendingDelete };
}

/** The outline the row operations work on, cheap enough to rebuild on every change. */
function outlineOf(tasks: readonly Task[]): OutlineModel {
  return {
    tasks: inOutlineOrder(tasks).map(({ uid, version, name, outlineLevel }) => ({
      uid,
      version,
      entered: { name, outlineLevel },
    })),
  };
}

function keyAction(event: React.KeyboardEvent): RowActionName | null {
  if (event.altKey && event.shiftKey) {
    switch (event.key) {
      case "ArrowRight":
        return "indent";
      case "ArrowLeft":
        return "outdent";
      case "ArrowUp":
        return "up";
      case "ArrowDown":
        return "down";
    }
    return null;
  }
  if (event.altKey || event.shiftKey) return null;
  if (event.key === "Insert") return "insert";
  if (event.key === "Delete") return "remove";
  return null;
}
