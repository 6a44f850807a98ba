import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { MyWorkTask } from "@orrery/contracts/my-work";
import { problemStatus } from "../../api/api-problem.js";
import type { FormFields } from "../../forms/field-errors.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import {
  type ProgressValues,
  progressErrors,
  progressValuesOf,
  toTaskProgress,
} from "./progress-form-values.js";
import { useRecordProgress } from "./queries.js";

const FIELDS: FormFields = {
  labels: {
    percentComplete: "% complete",
    actualStart: "Actual start",
    actualFinish: "Actual finish",
    remaining: "Remaining duration",
  },
  aliases: { remainingDurationMinutes: "remaining" },
};

export interface ProgressFormProps {
  readonly org: string;
  readonly task: MyWorkTask;
  readonly onDone: () => void;
}

/**
 * Progress on one task as the person doing it records it. The server reschedules the plan; a
 * task someone changed meanwhile is refused (412) and the form says how to carry on.
 */
export function ProgressForm({ org, task, onDone }: ProgressFormProps) {
  const record = useRecordProgress(org);
  const form = useForm<ProgressValues>({
    initialValues: progressValuesOf(task),
    validate: (values) => progressErrors(values, task),
  });
  const submit = form.onSubmit((values) => {
    const progress = toTaskProgress(values, task);
    if (Object.keys(progress).length === 0) {
      onDone();
      return;
    }
    record.mutate(
      { task, progress },
      {
        onSuccess: onDone,
        onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
      },
    );
  });
  const stale = problemStatus(record.error) === 412;
  return (
    <form onSubmit={submit} noValidate aria-label={`Progress on ${task.name}`}>
      <Stack gap="sm">
        <FormProblem error={record.error} fields={FIELDS}>
          {stale ? (
            <Text size="sm" mt="xs">
              Someone changed this task since you opened it; the list now shows their version. Check
              it, then record your progress again.
            </Text>
          ) : null}
        </FormProblem>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label="% complete"
            w={110}
            inputMode="decimal"
            data-autofocus
            {...form.getInputProps("percentComplete")}
          />
          <TextInput
            type="date"
            label="Actual start"
            w={170}
            {...form.getInputProps("actualStart")}
          />
          <TextInput
            type="date"
            label="Actual finish"
            w={170}
            {...form.getInputProps("actualFinish")}
          />
          <TextInput
            label="Remaining duration"
            description="e.g. 3d, 1w, 4h"
            w={150}
            {...form.getInputProps("remaining")}
          />
        </Group>
        <Group gap="xs">
          <Button type="submit" size="sm" loading={record.isPending}>
            Save progress
          </Button>
          <Button type="button" size="sm" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
