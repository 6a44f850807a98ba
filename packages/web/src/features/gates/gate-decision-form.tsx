import { ActionIcon, Button, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type GateDecision,
  type GateReview,
  GateReviewDecision,
} from "@orrery/contracts/lifecycle";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { problemStatus } from "../../api/api-problem.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { GATE_STATE_LABELS } from "../lifecycle/lifecycle-labels.js";
import { useGateReviewChanges } from "./queries.js";

interface DecisionValues {
  decision: GateDecision;
  comments: string;
  conditions: { title: string; dueDate: string | null }[];
}

const FIELDS = {
  labels: { decision: "Decision", comments: "Comments", conditions: "Conditions" },
};
const DECISIONS: readonly GateDecision[] = [
  "approved",
  "approved_with_conditions",
  "recycled",
  "rejected",
];

/** A reviewer's decision on a gate; conditions of an approval become RAID actions. */
export function GateDecisionForm({
  org,
  review,
}: {
  readonly org: string;
  readonly review: GateReview;
}) {
  const { decide } = useGateReviewChanges(org, review.project.id);
  const form = useForm<DecisionValues>({
    initialValues: { decision: "approved", comments: "", conditions: [] },
    validate: (values) => validateWith<DecisionValues>(GateReviewDecision, FIELDS)(toInput(values)),
  });
  const withConditions = form.values.decision === "approved_with_conditions";
  const submit = form.onSubmit((values) =>
    decide.mutate(
      { review, input: toInput(values) },
      {
        onSuccess: (decided) =>
          notifications.show({
            color: "green",
            message: `${decided.gateName}: ${GATE_STATE_LABELS[decided.state === "requested" ? "requested" : decided.state].toLowerCase()}.`,
          }),
        onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Gate decision">
      <Stack gap="md">
        <FormProblem error={decide.error} fields={FIELDS}>
          {problemStatus(decide.error) === 412 ? (
            <Text size="sm" mt="xs">
              The review changed since you opened it. Reload the page to see it as it is now.
            </Text>
          ) : null}
        </FormProblem>
        <Radio.Group label="Decision" required {...form.getInputProps("decision")}>
          <Stack gap="xs" mt="xs">
            {DECISIONS.map((decision) => (
              <Radio key={decision} value={decision} label={GATE_STATE_LABELS[decision]} />
            ))}
          </Stack>
        </Radio.Group>
        {withConditions ? (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Conditions (each becomes an action in the project's RAID log)
            </Text>
            {form.errors.conditions ? (
              <Text size="sm" c="red">
                {form.errors.conditions}
              </Text>
            ) : null}
            {form.values.conditions.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity until saved
              <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={`Condition ${index + 1}`}
                  required
                  {...form.getInputProps(`conditions.${index}.title`)}
                />
                <TextInput
                  type="date"
                  label="Due"
                  w={150}
                  {...form.getInputProps(`conditions.${index}.dueDate`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={`Remove condition ${index + 1}`}
                  onClick={() => form.removeListItem("conditions", index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem("conditions", { title: "", dueDate: null })}
              >
                Add condition
              </Button>
            </Group>
          </Stack>
        ) : null}
        <Textarea
          label="Comments"
          description="Required unless the gate is simply approved"
          autosize
          minRows={3}
          {...form.getInputProps("comments")}
        />
        <FormActions submitLabel="Record decision" pending={decide.isPending} />
      </Stack>
    </form>
  );
}

function toInput(values: DecisionValues) {
  return {
    decision: values.decision,
    comments: values.comments,
    conditions:
      values.decision === "approved_with_conditions"
        ? values.conditions.map((c) => ({ title: c.title, dueDate: c.dueDate || null }))
        : [],
  };
}
