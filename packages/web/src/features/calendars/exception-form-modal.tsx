import {
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import type { FormFields } from "../../forms/field-errors.js";
import {
  type Exception,
  type ExceptionValues,
  exceptionErrors,
  exceptionOf,
  exceptionValuesOf,
  MONTH_NAMES,
  POSITIONS,
  type RepeatKind,
} from "./exception-form-values.js";
import {
  PeriodActions,
  PeriodFields,
  PeriodFormModal,
  type PeriodFormProps,
} from "./period-form-modal.js";
import { DAY_NAMES } from "./working-times.js";

const FIELDS: FormFields = {
  labels: { name: "Name", fromDate: "From", toDate: "To", workingTimes: "Working hours" },
};

const REPEATS: { value: RepeatKind; label: string }[] = [
  { value: "daily", label: "Every day (or every N days)" },
  { value: "weekly", label: "Weekly, on chosen days" },
  { value: "monthlyByDay", label: "Monthly, on a day of the month" },
  { value: "monthlyByPosition", label: "Monthly, e.g. the last Friday" },
  { value: "yearlyByDay", label: "Yearly, on a date" },
  { value: "yearlyByPosition", label: "Yearly, e.g. the first Monday of May" },
];

const WEEKDAYS = DAY_NAMES.map((name, day) => ({ value: String(day), label: name }));
const MONTHS = MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name }));
const POSITION_OPTIONS = POSITIONS.map((p) => ({ value: p, label: p }));

export type ExceptionFormModalProps = PeriodFormProps<Exception>;

/** Adds or changes an exception: a holiday or changed hours on dates, maybe repeating. */
export function ExceptionFormModal(props: ExceptionFormModalProps) {
  return <PeriodFormModal props={props} what="exception" Form={ExceptionForm} />;
}

function ExceptionForm({
  value: exception,
  date,
  pending,
  error,
  onSubmit,
  onClose,
}: ExceptionFormModalProps) {
  const form = useForm<ExceptionValues>({
    initialValues: exceptionValuesOf(exception, date),
    validate: exceptionErrors,
    validateInputOnBlur: true,
  });
  const v = form.values;
  const everyUnit = v.repeat === "daily" ? "days" : v.repeat === "weekly" ? "weeks" : "months";
  const numberProps = (field: "every" | "dayOfMonth") => {
    const input = form.getInputProps(field);
    return {
      ...input,
      onChange: (value: string | number) => form.setFieldValue(field, Number(value)),
    };
  };
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(exceptionOf(values)))} noValidate>
      <Stack gap="sm">
        <PeriodFields
          error={error}
          fields={FIELDS}
          placeholder="e.g. Company holiday"
          inputProps={(field) => form.getInputProps(field)}
        />
        <SegmentedControl
          aria-label="Working on these dates"
          data={[
            { value: "off", label: "Non-working" },
            { value: "working", label: "Working, changed hours" },
          ]}
          value={v.working ? "working" : "off"}
          onChange={(value) => form.setFieldValue("working", value === "working")}
        />
        {v.working ? (
          <TextInput
            label="Working hours"
            description="e.g. 08:00–12:00, 13:00–17:00"
            required
            {...form.getInputProps("hours")}
          />
        ) : null}
        <NativeSelect label="Repeats" data={REPEATS} {...form.getInputProps("repeat")} />
        {v.repeat === "daily" || v.repeat === "weekly" || v.repeat.startsWith("monthly") ? (
          <NumberInput
            label={`Every how many ${everyUnit}`}
            min={1}
            max={1000}
            allowDecimal={false}
            {...numberProps("every")}
          />
        ) : null}
        {v.repeat === "weekly" ? (
          <Checkbox.Group
            label="On"
            value={v.days.map(String)}
            onChange={(days) => form.setFieldValue("days", days.map(Number))}
            error={form.errors.days}
          >
            <Group gap="sm" mt={4}>
              {WEEKDAYS.map((d) => (
                <Checkbox
                  key={d.value}
                  value={d.value}
                  label={d.label.slice(0, 3)}
                  aria-label={d.label}
                />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        {v.repeat.startsWith("yearly") ? (
          <NativeSelect
            label="Month"
            data={MONTHS}
            value={String(v.month)}
            onChange={(event) => form.setFieldValue("month", Number(event.currentTarget.value))}
          />
        ) : null}
        {v.repeat === "monthlyByDay" || v.repeat === "yearlyByDay" ? (
          <NumberInput
            label="Day of the month"
            min={1}
            max={31}
            allowDecimal={false}
            {...numberProps("dayOfMonth")}
          />
        ) : null}
        {v.repeat === "monthlyByPosition" || v.repeat === "yearlyByPosition" ? (
          <Group grow>
            <NativeSelect
              label="Which"
              data={POSITION_OPTIONS}
              {...form.getInputProps("position")}
            />
            <NativeSelect
              label="Weekday"
              data={WEEKDAYS}
              value={String(v.day)}
              onChange={(event) => form.setFieldValue("day", Number(event.currentTarget.value))}
            />
          </Group>
        ) : null}
        <TextInput
          label="End after occurrences"
          description="Empty: the series ends on the To date."
          inputMode="numeric"
          {...form.getInputProps("occurrences")}
        />
        <PeriodActions editing={exception !== null} pending={pending} onClose={onClose} />
      </Stack>
    </form>
  );
}
