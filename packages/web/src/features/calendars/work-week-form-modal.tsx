import { Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { WorkWeek } from "@orrery/contracts/calendars";
import type { z } from "zod";
import type { FormFields } from "../../forms/field-errors.js";
import {
  PeriodActions,
  PeriodFields,
  PeriodFormModal,
  type PeriodFormProps,
} from "./period-form-modal.js";
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

export type WorkWeekFormModalProps = PeriodFormProps<WorkWeekValue>;

/** A period with its own week (summer hours, a shutdown fortnight on reduced hours). */
export function WorkWeekFormModal(props: WorkWeekFormModalProps) {
  return <PeriodFormModal props={props} what="work week" Form={WorkWeekForm} />;
}

function WorkWeekForm({
  value: workWeek,
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
        <PeriodFields
          error={error}
          fields={FIELDS}
          placeholder="e.g. Summer hours"
          inputProps={(field) => form.getInputProps(field)}
        />
        <WeekDaysEditor
          label="Days of the work week"
          values={form.values.days}
          onChange={(days) => form.setFieldValue("days", days)}
          inheritsFrom="the calendar's week"
        />
        <PeriodActions editing={workWeek !== null} pending={pending} onClose={onClose} />
      </Stack>
    </form>
  );
}
