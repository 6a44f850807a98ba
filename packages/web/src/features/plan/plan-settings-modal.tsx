import { Checkbox, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { Plan, PlanUpdate } from "@orrery/contracts/plans";
import { useQuery } from "@tanstack/react-query";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { calendarsQuery } from "../calendars/queries.js";
import { useUpdatePlan } from "./queries.js";

const FIELDS: FormFields = {
  labels: {
    start: "Project start",
    statusDate: "Status date",
    honorConstraints: "Constraints",
    calendarUid: "Project calendar",
  },
};

export interface SettingsValues {
  start: string;
  statusDate: string;
  honorConstraints: boolean;
  /** The project calendar's UID as text; empty while the plan has none. */
  calendarUid: string;
}

export interface PlanSettingsModalProps {
  readonly org: string;
  readonly projectId: string;
  readonly plan: Plan;
  readonly opened: boolean;
  readonly onClose: () => void;
}

/**
 * The plan's schedule settings. Dates are days; as MS Project does, a project starts at the
 * working day's start (08:00) and a status date means the end of its day (17:00).
 */
export function PlanSettingsModal({
  org,
  projectId,
  plan,
  opened,
  onClose,
}: PlanSettingsModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Schedule settings">
      {opened ? (
        <SettingsForm org={org} projectId={projectId} plan={plan} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the form, by field; empty when it can be sent. */
export function settingsErrors(values: SettingsValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DAY.test(values.start)) errors.start = "Project start is required";
  if (values.statusDate !== "" && !DAY.test(values.statusDate))
    errors.statusDate = "Status date is not a date";
  return errors;
}

export function toPlanUpdate(values: SettingsValues): PlanUpdate {
  return {
    start: `${values.start}T08:00:00`,
    statusDate: values.statusDate === "" ? null : `${values.statusDate}T17:00:00`,
    honorConstraints: values.honorConstraints,
    ...(values.calendarUid === "" ? {} : { calendarUid: Number(values.calendarUid) }),
  };
}

function SettingsForm({
  org,
  projectId,
  plan,
  onClose,
}: {
  readonly org: string;
  readonly projectId: string;
  readonly plan: Plan;
  readonly onClose: () => void;
}) {
  const update = useUpdatePlan(org, projectId, plan.version);
  const calendars = useQuery(calendarsQuery(org, projectId));
  const form = useForm<SettingsValues>({
    initialValues: {
      start: plan.start.slice(0, 10),
      statusDate: plan.statusDate?.slice(0, 10) ?? "",
      honorConstraints: plan.honorConstraints,
      calendarUid: plan.calendarUid === null ? "" : String(plan.calendarUid),
    },
    validate: settingsErrors,
  });
  const submit = form.onSubmit((values) => {
    update.mutate(toPlanUpdate(values), {
      onSuccess: onClose,
      onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={update.error} fields={FIELDS} />
        <TextInput
          type="date"
          label="Project start"
          description="Tasks without links or constraints start here."
          required
          data-autofocus
          {...form.getInputProps("start")}
        />
        <TextInput
          type="date"
          label="Status date"
          description="Progress is reported up to the end of this day; late tasks are measured against it."
          {...form.getInputProps("statusDate")}
        />
        <NativeSelect
          label="Project calendar"
          description="Tasks count their dates on it unless they have a calendar of their own. Edit calendars on the Calendars page."
          data={[
            ...(plan.calendarUid === null ? [{ value: "", label: "None (standard week)" }] : []),
            ...(calendars.data?.items ?? []).map((c) => ({ value: String(c.uid), label: c.name })),
          ]}
          {...form.getInputProps("calendarUid")}
        />
        <Checkbox
          label="Tasks honour their constraint dates over their links"
          {...form.getInputProps("honorConstraints", { type: "checkbox" })}
        />
        <FormActions
          submitLabel="Save and reschedule"
          pending={update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
