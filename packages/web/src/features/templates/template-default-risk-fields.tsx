import { ActionIcon, Button, Fieldset, Grid, Text, TextInput, Tooltip } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { DefaultRiskRatingInputs } from "./default-risk-rating-inputs.js";
import { emptyDefaultRisk, type TemplateFormValues } from "./template-form-values.js";

/** The risks every project started from the template records in its RAID log from day one. */
export function TemplateDefaultRiskFields({
  form,
  readOnly,
}: {
  readonly form: UseFormReturnType<TemplateFormValues>;
  readonly readOnly: boolean;
}) {
  const risks = form.values.defaultRisks;
  return (
    <Fieldset legend="Default risks" disabled={readOnly}>
      {risks.length === 0 ? (
        <Text size="sm" c="dimmed">
          No default risks: projects on this template start with an empty RAID log.
        </Text>
      ) : null}
      {risks.map((risk, index) => {
        const path = `defaultRisks.${index}`;
        const name = risk.title || `risk ${index + 1}`;
        return (
          <Grid
            // Default risks have no id of their own; position is their identity while editing.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            gap="sm"
            align="flex-end"
            role="group"
            aria-label={`Default risk ${index + 1}`}
          >
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label="Risk title" required {...form.getInputProps(`${path}.title`)} />
            </Grid.Col>
            <DefaultRiskRatingInputs
              categories={form.values.raidCategories ?? []}
              inputProps={(field) => form.getInputProps(`${path}.${field}`)}
              spans={{
                category: { base: 12, sm: 3 },
                probability: { base: 5, sm: 2 },
                impact: { base: 5, sm: 1 },
              }}
            />
            <Grid.Col span={{ base: 2, sm: 1 }}>
              {readOnly ? null : (
                <Tooltip label="Remove risk">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove default risk ${name}`}
                    onClick={() => form.removeListItem("defaultRisks", index)}
                    mb={4}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Grid.Col>
          </Grid>
        );
      })}
      {readOnly ? null : (
        <Button
          mt="sm"
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem("defaultRisks", emptyDefaultRisk())}
        >
          Add default risk
        </Button>
      )}
    </Fieldset>
  );
}
