import { Button, Group } from "@mantine/core";

export interface FormActionsProps {
  readonly submitLabel: string;
  readonly pending: boolean;
  /** Shown as a Cancel button when the form sits in a dialog that can be left. */
  readonly onCancel?: () => void;
}

/** A form's closing row: Cancel (if leaving is possible), then the primary submit button. */
export function FormActions({ submitLabel, pending, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="xs">
      {onCancel ? (
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
