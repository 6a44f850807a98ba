import { Fieldset, Grid, NumberInput, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { RAG_RULE_KEYS, RAG_RULE_MAXIMUM } from "@orrery/contracts/rag-rules";
import type { TemplateFormValues } from "./template-form-values.js";
import { RAG_RULE_LABELS } from "./template-labels.js";

/**
 * The thresholds of the rules that colour status reports of projects on this template: each rule
 * a group named after it, amber strictly above one number and red strictly above another.
 */
export function TemplateRagRuleFields({
  form,
  readOnly,
}: {
  readonly form: UseFormReturnType<TemplateFormValues>;
  readonly readOnly: boolean;
}) {
  return (
    <Fieldset legend="RAG rules" disabled={readOnly}>
      <Text size="sm" c="dimmed" mb="sm">
        A status report's colour turns amber when a measure is above the amber threshold, and red
        above the red one. Projects on this version use these rules; others keep theirs.
      </Text>
      <Grid gap="sm">
        {RAG_RULE_KEYS.map((key) => {
          const rule = RAG_RULE_LABELS[key];
          return (
            <Grid.Col key={key} span={{ base: 12, md: 6 }}>
              <Fieldset legend={rule.label} variant="unstyled">
                <Text size="xs" c="dimmed" mb={4}>
                  {rule.dimension}: {rule.unit}
                </Text>
                <Grid gap="xs">
                  <Grid.Col span={6}>
                    <NumberInput
                      label="Amber when above"
                      min={0}
                      max={RAG_RULE_MAXIMUM[key]}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps(`ragRules.${key}.amberAbove`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={6}>
                    <NumberInput
                      label="Red when above"
                      min={0}
                      max={RAG_RULE_MAXIMUM[key]}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps(`ragRules.${key}.redAbove`)}
                    />
                  </Grid.Col>
                </Grid>
              </Fieldset>
            </Grid.Col>
          );
        })}
      </Grid>
    </Fieldset>
  );
}
