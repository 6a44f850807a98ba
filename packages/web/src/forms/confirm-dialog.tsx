import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { FormProblem } from "./form-problem.js";

export interface ConfirmDialogProps {
  readonly opened: boolean;
  readonly title: string;
  /** What will happen, in words, so the person confirms knowingly. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly pending: boolean;
  /** The failure of the last attempt, shown above the explanation. */
  readonly error: unknown;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

const NO_FIELDS = { labels: {} };

/**
 * Asks before something that cannot be undone (delete, remove, revoke). Focus starts on Cancel,
 * so Enter on an unread dialog never destroys anything.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { opened, title, children, confirmLabel, pending, error, onConfirm, onClose } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        <FormProblem error={error} fields={NO_FIELDS} />
        <Text size="sm">{children}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
