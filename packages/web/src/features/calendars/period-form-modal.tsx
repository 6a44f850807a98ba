import { Group, Modal, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";

// What the exception and work week dialogs share: both edit a named period of dates of a
// calendar, and both are saved as one change that reschedules the plan.

export interface PeriodFormProps<T> {
  readonly opened: boolean;
  /** The period edited, or null for a new one starting on `date`. */
  readonly value: T | null;
  readonly date: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (value: T) => void;
  readonly onClose: () => void;
}

/** The dialog around a period's form: "Add exception", "Change work week". */
export function PeriodFormModal<T>({
  props,
  what,
  Form,
}: {
  readonly props: PeriodFormProps<T>;
  /** `exception`, `work week`. */
  readonly what: string;
  readonly Form: (props: PeriodFormProps<T>) => ReactNode;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`${props.value ? "Change" : "Add"} ${what}`}
      size="lg"
    >
      {props.opened ? <Form {...props} /> : null}
    </Modal>
  );
}

/** The failure of the last save, then the period's name, first and last date. */
export function PeriodFields({
  error,
  fields,
  placeholder,
  inputProps,
}: {
  readonly error: unknown;
  readonly fields: FormFields;
  /** An example name: `e.g. Company holiday`. */
  readonly placeholder: string;
  readonly inputProps: (field: "name" | "fromDate" | "toDate") => GetInputPropsReturnType;
}) {
  return (
    <>
      <FormProblem error={error} fields={fields} />
      <TextInput label="Name" placeholder={placeholder} data-autofocus {...inputProps("name")} />
      <Group grow align="flex-start">
        <TextInput type="date" label="From" required {...inputProps("fromDate")} />
        <TextInput type="date" label="To" required {...inputProps("toDate")} />
      </Group>
    </>
  );
}

/** Cancel, and Add (a new period) or Save: both reschedule. */
export function PeriodActions({
  editing,
  pending,
  onClose,
}: {
  readonly editing: boolean;
  readonly pending: boolean;
  readonly onClose: () => void;
}) {
  return (
    <FormActions
      submitLabel={editing ? "Save and reschedule" : "Add and reschedule"}
      pending={pending}
      onCancel={onClose}
    />
  );
}
