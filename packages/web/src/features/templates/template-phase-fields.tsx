import {
  ActionIcon,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  TagsInput,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { GateReviewerRole } from "@orrery/contracts/templates";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import type { TemplateFormValues } from "./template-form-values.js";
import { reviewerLabel } from "./template-labels.js";

/** The organisation roles a template may name to decide gates and change requests. */
export const REVIEWER_OPTIONS = GateReviewerRole.options.map((value) => ({
  value,
  label: reviewerLabel(value),
}));

export interface TemplatePhaseFieldsProps {
  readonly form: UseFormReturnType<TemplateFormValues>;
  readonly index: number;
  readonly count: number;
  readonly readOnly: boolean;
}

/** One phase and the gate closing it, as a fieldset named after the phase. */
export function TemplatePhaseFields({ form, index, count, readOnly }: TemplatePhaseFieldsProps) {
  const phase = form.values.phases[index];
  const path = `phases.${index}`;
  const legend = `Phase ${index + 1} · ${phase?.name || "unnamed"}`;
  return (
    <Fieldset legend={legend} disabled={readOnly}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label="Phase name" required {...form.getInputProps(`${path}.name`)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Gate name"
            description="The gate that closes this phase"
            required
            {...form.getInputProps(`${path}.gate.name`)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Phase description"
            autosize
            minRows={1}
            maxRows={4}
            {...form.getInputProps(`${path}.description`)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TagsInput
            label="Criteria"
            description="What must be true before the gate's review; press Enter after each"
            splitChars={[]}
            clearable={!readOnly}
            {...form.getInputProps(`${path}.gate.criteria`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TagsInput
            label="Required documents"
            description="Deliverables the gate needs"
            splitChars={[]}
            {...form.getInputProps(`${path}.gate.requiredDocuments`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MultiSelect
            label="Reviewer roles"
            description="Who decides the gate"
            data={REVIEWER_OPTIONS}
            required
            {...form.getInputProps(`${path}.gate.reviewerRoles`)}
          />
        </Grid.Col>
      </Grid>
      {readOnly ? null : (
        <Group justify="flex-end" gap={4} mt="sm">
          <Tooltip label="Move up">
            <ActionIcon
              variant="subtle"
              aria-label={`Move phase ${index + 1} up`}
              disabled={index === 0}
              onClick={() => form.reorderListItem("phases", { from: index, to: index - 1 })}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down">
            <ActionIcon
              variant="subtle"
              aria-label={`Move phase ${index + 1} down`}
              disabled={index === count - 1}
              onClick={() => form.reorderListItem("phases", { from: index, to: index + 1 })}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Remove phase">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove phase ${index + 1}`}
              disabled={count === 1}
              onClick={() => form.removeListItem("phases", index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </Fieldset>
  );
}
