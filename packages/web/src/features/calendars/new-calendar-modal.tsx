import { Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { Calendar, CalendarCreate } from "@orrery/contracts/calendars";
import type { z } from "zod";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";
import { STANDARD_HOURS } from "./working-times.js";

const FIELDS: FormFields = { labels: { name: "Name", baseCalendarUid: "Start from" } };

type CreateBody = z.input<typeof CalendarCreate>;

/** MS Project's Standard week: Monday–Friday 08:00–12:00, 13:00–17:00. */
const STANDARD_WEEK = [0, 1, 2, 3, 4, 5, 6].map((day) => {
  const working = day >= 1 && day <= 5;
  return { day, working, workingTimes: working ? [...STANDARD_HOURS] : [] };
});

/**
 * The new calendar for a choice of the form: `standard`, `copy:<uid>` (the same week,
 * exceptions, work weeks and base) or `derive:<uid>` (a calendar that only lists what differs
 * from that base calendar, as task and resource calendars do).
 */
export function newCalendarBody(
  name: string,
  start: string,
  calendars: readonly Calendar[],
): CreateBody {
  const [how, uid] = start.split(":");
  const source = calendars.find((c) => String(c.uid) === uid);
  if (how === "copy" && source)
    return {
      name,
      baseCalendarUid: source.baseCalendarUid,
      weekDays: source.weekDays,
      exceptions: source.exceptions,
      workWeeks: source.workWeeks,
    };
  if (how === "derive" && source) return { name, baseCalendarUid: source.uid };
  return { name, baseCalendarUid: null, weekDays: STANDARD_WEEK };
}

export interface NewCalendarModalProps {
  readonly opened: boolean;
  readonly calendars: readonly Calendar[];
  /** The calendar shown, offered first to copy or derive from. */
  readonly selected: Calendar | null;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (body: CreateBody) => void;
  readonly onClose: () => void;
}

export function NewCalendarModal(props: NewCalendarModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New calendar">
      {props.opened ? <NewCalendarForm {...props} /> : null}
    </Modal>
  );
}

function NewCalendarForm({
  calendars,
  selected,
  pending,
  error,
  onSubmit,
  onClose,
}: NewCalendarModalProps) {
  const options = [
    { value: "standard", label: "Standard week (Mon–Fri 08:00–17:00)" },
    ...calendars.map((c) => ({ value: `copy:${c.uid}`, label: `A copy of ${c.name}` })),
    ...calendars
      .filter((c) => c.isBaseCalendar)
      .map((c) => ({
        value: `derive:${c.uid}`,
        label: `Derived from ${c.name} (lists only what differs)`,
      })),
  ];
  const form = useForm({
    initialValues: { name: "", start: selected ? `copy:${selected.uid}` : "standard" },
    validate: {
      name: (name) =>
        name.trim() === ""
          ? "Name is required"
          : calendars.some((c) => c.name.trim() === name.trim())
            ? "Another calendar has this name"
            : null,
    },
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        onSubmit(newCalendarBody(values.name.trim(), values.start, calendars)),
      )}
      noValidate
    >
      <Stack gap="sm">
        <FormProblem error={error} fields={FIELDS} />
        <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
        <NativeSelect label="Start from" data={options} {...form.getInputProps("start")} />
        <FormActions submitLabel="Create calendar" pending={pending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

export interface RenameCalendarModalProps {
  readonly calendar: Calendar | null;
  readonly calendars: readonly Calendar[];
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (name: string) => void;
  readonly onClose: () => void;
}

export function RenameCalendarModal(props: RenameCalendarModalProps) {
  return (
    <Modal opened={props.calendar !== null} onClose={props.onClose} title="Rename calendar">
      {props.calendar ? <RenameForm {...props} calendar={props.calendar} /> : null}
    </Modal>
  );
}

function RenameForm({
  calendar,
  calendars,
  pending,
  error,
  onSubmit,
  onClose,
}: RenameCalendarModalProps & { readonly calendar: Calendar }) {
  const form = useForm({
    initialValues: { name: calendar.name },
    validate: {
      name: (name) =>
        name.trim() === ""
          ? "Name is required"
          : calendars.some((c) => c.uid !== calendar.uid && c.name.trim() === name.trim())
            ? "Another calendar has this name"
            : null,
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values.name.trim()))} noValidate>
      <Stack gap="sm">
        <FormProblem error={error} fields={FIELDS} />
        <TextInput label="Name" required data-autofocus {...form.getInputProps("name")} />
        <FormActions submitLabel="Rename" pending={pending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
