import { ActionIcon, Group, Tooltip, VisuallyHidden } from "@mantine/core";
import {
  IconArrowBackUp,
  IconArrowDown,
  IconArrowForwardUp,
  IconArrowUp,
  IconIndentDecrease,
  IconIndentIncrease,
  IconRowInsertTop,
  IconTrash,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import type { PlanEditing } from "./use-plan-editing.js";
import type { PendingDelete, RowAction, RowActionName } from "./use-row-actions.js";

const ICONS: Record<RowActionName, ReactNode> = {
  insert: <IconRowInsertTop size={16} aria-hidden />,
  remove: <IconTrash size={16} aria-hidden />,
  indent: <IconIndentIncrease size={16} aria-hidden />,
  outdent: <IconIndentDecrease size={16} aria-hidden />,
  up: <IconArrowUp size={16} aria-hidden />,
  down: <IconArrowDown size={16} aria-hidden />,
};
const ORDER: readonly RowActionName[] = ["insert", "remove", "outdent", "indent", "up", "down"];

function ToolButton(props: {
  readonly label: string;
  readonly tip: string;
  readonly disabled: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <Tooltip label={props.tip} withArrow>
      <ActionIcon
        variant="default"
        size="md"
        aria-label={props.label}
        disabled={props.disabled}
        onClick={props.onClick}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * Undo, redo and the row operations, each with the key that does the same; Undo and Redo say
 * what they would take back or re-apply.
 */
export function PlanEditToolbar({
  editing,
  actions,
  pendingDelete,
}: {
  readonly editing: PlanEditing;
  readonly actions: Record<RowActionName, RowAction>;
  readonly pendingDelete: PendingDelete | null;
}) {
  const { undoLabel, redoLabel } = editing;
  return (
    <Group gap={4} role="group" aria-label="Edit the plan">
      <ToolButton
        label={undoLabel ? `Undo ${undoLabel}` : "Undo"}
        tip={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : "Nothing to undo"}
        disabled={undoLabel === null}
        onClick={editing.undo}
      >
        <IconArrowBackUp size={16} aria-hidden />
      </ToolButton>
      <ToolButton
        label={redoLabel ? `Redo ${redoLabel}` : "Redo"}
        tip={redoLabel ? `Redo: ${redoLabel} (Ctrl+Y)` : "Nothing to redo"}
        disabled={redoLabel === null}
        onClick={editing.redo}
      >
        <IconArrowForwardUp size={16} aria-hidden />
      </ToolButton>
      {ORDER.map((name) => {
        const action = actions[name];
        return (
          <ToolButton
            key={name}
            label={action.name}
            tip={`${action.name} (${action.keys})`}
            disabled={action.disabled}
            onClick={action.run}
          >
            {ICONS[name]}
          </ToolButton>
        );
      })}
      <VisuallyHidden role="status">{editing.lastStep ?? ""}</VisuallyHidden>
      <ConfirmDialog
        opened={pendingDelete !== null}
        title={`${pendingDelete?.edit.label ?? "Delete"}?`}
        confirmLabel={`Delete ${pendingDelete?.count ?? 0} tasks`}
        pending={false}
        error={null}
        onConfirm={() => pendingDelete?.confirm()}
        onClose={() => pendingDelete?.cancel()}
      >
        A summary task goes with its subtasks: {pendingDelete?.count ?? 0} tasks and their links are
        deleted. Undo (Ctrl+Z) brings them back.
      </ConfirmDialog>
    </Group>
  );
}
