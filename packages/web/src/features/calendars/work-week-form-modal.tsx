import { Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { WorkWeek } from "@orrery/contracts/calendars";
import type { z } from "zod";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";
import { WeekDaysEditor } from "./week-days-editor.js";
import { type DayValues, weekDaysOf, weekValuesOf } from "./week-form-values.js";

export type WorkWeekValue = z.infer<typeof WorkWeek>;

const FIELDS: FormFields = { labels: { name: "Name", fromDate: "From", toDate: "To" } };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Values {
  name: string;
  fromDate: string;
  toDate: string;
  days: DayValues[];
}

function errorsOf(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.length > 200) errors.name = "At most 200 characters";
  if (!DATE.test(values.fromDate)) errors.fromDate = "From is required";
  if (!DATE.test(values.toDate)) errors.toDate = "To is required";
  else if (values.toDate < values.fromDate) errors.toDate = "To is before From";
  const week = weekDaysOf(values.days);
  if (!week.ok) errors.days = "Check the working hours";
  return errors;
}

export interface WorkWeekFormModalProps {
  readonly opened: boolean;
  /** The work week edited, or null for a new one starting on `date`. */
  readonly workWeek: WorkWeekValue | null;
  readonly date: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (workWeek: WorkWeekValue) => void;
  readonly onClose: () => void;
}

/** A period with its own week (summer hours, a shutdown fortnight on reduced hours). */
export function WorkWeekFormModal(props: WorkWeekFormModalProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.workWeek ? "Change work week" : "Add work week"}
      size="lg"
    >
      {props.opened ? <WorkWeekForm {...props} /> : null}
    </Modal>
  );
}

function WorkWeekForm({
  workWeek,
  date,
  pending,
  error,
  onSubmit,
  onClose,
}: WorkWeekFormModalProps) {
  const form = useForm<Values>({
    initialValues: {
      name: workWeek?.name ?? "",
      fromDate: workWeek?.fromDate ?? date,
      toDate: workWeek?.toDate ?? date,
      days: weekValuesOf(workWeek?.weekDays ?? []),
    },
    validate: errorsOf,
  });
  const submit = form.onSubmit((values) => {
    const week = weekDaysOf(values.days);
    if (!week.ok) return;
    const name = values.name.trim();
    onSubmit({
      ...(name === "" ? {} : { name }),
      fromDate: values.fromDate,
      toDate: values.toDate,
      weekDays: week.weekDays,
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormProblem error={error} fields={FIELDS} />
        <TextInput
          label="Name"
          placeholder="e.g. Summer hours"
          data-autofocus
          {...form.getInputProps("name")}
        />
        <Group grow align="flex-start">
          <TextInput type="date" label="From" required {...form.getInputProps("fromDate")} />
          <TextInput type="date" label="To" required {...form.getInputProps("toDate")} />
        </Group>
        <WeekDaysEditor
          label="Days of the work week"
          values={form.values.days}
          onChange={(days) => form.setFieldValue("days", days)}
          inheritsFrom="the calendar's week"
        />
        <FormActions
          submitLabel={workWeek ? "Save and reschedule" : "Add and reschedule"}
          pending={pending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
