import { Grid, MultiSelect, NumberInput, Select, Switch, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import type { IssuePriority, RaidStatus, RiskKind } from "@orrery/contracts/raid";
import type { PersonOption } from "../members/person-options.js";
import type { RaidFormValues } from "./raid-form-values.js";
import { responsesFor } from "./raid-form-values.js";
import {
  PRIORITY_LABELS,
  RAID_STATUS_LABELS,
  RISK_KIND_LABELS,
  RISK_RESPONSE_LABELS,
} from "./raid-labels.js";

const options = <T extends string>(labels: Record<T, string>) =>
  Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
const STATUS_OPTIONS = options<RaidStatus>(RAID_STATUS_LABELS);
const KIND_OPTIONS = options<RiskKind>(RISK_KIND_LABELS);
const PRIORITY_OPTIONS = options<IssuePriority>(PRIORITY_LABELS);
const half = { base: 12, xs: 6 };

export interface RaidFormFieldsProps {
  readonly form: UseFormReturnType<RaidFormValues>;
  readonly people: readonly PersonOption[];
  /** Other projects of the organisation, for a dependency. */
  readonly projects: readonly { value: string; label: string }[];
  /** The template's categories, or null when the project has none (then any text goes). */
  readonly categories: readonly string[] | null;
  /** The tasks of the project's plan an item may link to (value: UID). */
  readonly tasks: readonly { value: string; label: string }[];
}

function DateField({
  form,
  field,
  label,
}: {
  form: RaidFormFieldsProps["form"];
  field: keyof RaidFormValues;
  label: string;
}) {
  return (
    <DateInput
      label={label}
      valueFormat="D MMM YYYY"
      clearable
      placeholder="Pick a date"
      {...form.getInputProps(field)}
    />
  );
}

function LongText({
  form,
  field,
  label,
}: {
  form: RaidFormFieldsProps["form"];
  field: keyof RaidFormValues;
  label: string;
}) {
  return <Textarea label={label} autosize minRows={2} maxRows={6} {...form.getInputProps(field)} />;
}

function Rating({
  form,
  field,
  label,
  required,
}: {
  form: RaidFormFieldsProps["form"];
  field: keyof RaidFormValues;
  label: string;
  required?: boolean;
}) {
  return (
    <NumberInput
      label={label}
      description="1 very low … 5 very high"
      min={1}
      max={5}
      step={1}
      allowDecimal={false}
      required={required}
      {...form.getInputProps(field)}
    />
  );
}

/** The fields of the item's type, after the ones every item has. */
export function RaidFormFields({ form, people, projects, categories, tasks }: RaidFormFieldsProps) {
  const type = form.values.type;
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <TextInput label="Title" required data-autofocus {...form.getInputProps("title")} />
      </Grid.Col>
      <Grid.Col span={12}>
        <LongText form={form} field="description" label="Description" />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps("status")}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label="Owner"
          data={[...people]}
          searchable
          clearable
          placeholder="Nobody yet"
          nothingFoundMessage="No member by that name"
          {...form.getInputProps("ownerId")}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        {categories ? (
          <Select
            label="Category"
            description="From the project's template"
            data={categories.map((c) => ({ value: c, label: c }))}
            clearable
            placeholder="None"
            value={form.values.category || null}
            onChange={(value) => form.setFieldValue("category", value ?? "")}
            error={form.errors.category}
          />
        ) : (
          <TextInput
            label="Category"
            description="Free text: the project follows no template that lists categories"
            placeholder="None"
            {...form.getInputProps("category")}
          />
        )}
      </Grid.Col>
      <Grid.Col span={half}>
        <MultiSelect
          label="Linked tasks"
          description={tasks.length === 0 ? "The project's plan has no tasks yet" : undefined}
          data={[...tasks]}
          searchable
          clearable
          placeholder={tasks.length === 0 ? undefined : "Pick tasks of the plan"}
          nothingFoundMessage="No task by that name"
          disabled={tasks.length === 0 && form.values.taskUids.length === 0}
          {...form.getInputProps("taskUids")}
        />
      </Grid.Col>
      {type === "risk" ? (
        <>
          <Grid.Col span={half}>
            <Select
              label="Kind"
              data={KIND_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps("riskKind")}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <DateField form={form} field="proximity" label="Proximity (when it could happen)" />
          </Grid.Col>
          <Grid.Col span={half}>
            <Rating form={form} field="probability" label="Probability" required />
          </Grid.Col>
          <Grid.Col span={half}>
            <Rating form={form} field="impact" label="Impact" required />
          </Grid.Col>
          <Grid.Col span={half}>
            <Select
              label="Response"
              data={responsesFor(form.values.riskKind).map((value) => ({
                value,
                label: RISK_RESPONSE_LABELS[value],
              }))}
              clearable
              placeholder="Not decided"
              {...form.getInputProps("response")}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <TextInput label="Trigger" {...form.getInputProps("trigger")} />
          </Grid.Col>
          <Grid.Col span={12}>
            <LongText form={form} field="responsePlan" label="Response plan" />
          </Grid.Col>
          <Grid.Col span={half}>
            <Rating form={form} field="residualProbability" label="Residual probability" />
          </Grid.Col>
          <Grid.Col span={half}>
            <Rating form={form} field="residualImpact" label="Residual impact" />
          </Grid.Col>
        </>
      ) : null}
      {type === "issue" ? (
        <>
          <Grid.Col span={half}>
            <Select
              label="Priority"
              data={PRIORITY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps("priority")}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <DateField form={form} field="dueDate" label="Due date" />
          </Grid.Col>
          <Grid.Col span={12}>
            <Switch label="Escalated" {...form.getInputProps("escalated", { type: "checkbox" })} />
          </Grid.Col>
        </>
      ) : null}
      {type === "dependency" ? (
        <>
          <Grid.Col span={half}>
            <Select
              label="Depends on project"
              data={[...projects]}
              searchable
              clearable
              placeholder="Outside the organisation"
              {...form.getInputProps("dependsOnProjectId")}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <DateField form={form} field="dueDate" label="Needed by" />
          </Grid.Col>
        </>
      ) : null}
      {type === "decision" ? (
        <>
          <Grid.Col span={half}>
            <DateField form={form} field="decidedOn" label="Decided on" />
          </Grid.Col>
          <Grid.Col span={half}>
            <TextInput label="Decided by" {...form.getInputProps("decidedBy")} />
          </Grid.Col>
          <Grid.Col span={12}>
            <LongText form={form} field="optionsConsidered" label="Options considered" />
          </Grid.Col>
          <Grid.Col span={12}>
            <LongText form={form} field="rationale" label="Rationale" />
          </Grid.Col>
        </>
      ) : null}
      {type === "action" ? (
        <Grid.Col span={half}>
          <DateField form={form} field="dueDate" label="Due date" />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}
