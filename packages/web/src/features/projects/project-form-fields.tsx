import {
  Autocomplete,
  Grid,
  NumberInput,
  Select,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { DateInput } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { Methodology, ProjectStatus } from "@orrery/contracts/projects";
import type { PersonOption } from "../members/person-options.js";
import { currencyDigits } from "./money.js";
import type { ProjectFormValues } from "./project-form-values.js";
import { METHODOLOGY_LABELS, PROJECT_STATUS_LABELS } from "./project-labels.js";

const STATUS_OPTIONS = ProjectStatus.options.map((value) => ({
  value,
  label: PROJECT_STATUS_LABELS[value],
}));
const METHODOLOGY_OPTIONS = Methodology.options.map((value) => ({
  value,
  label: METHODOLOGY_LABELS[value],
}));
// The currencies PMOs budget in most; any other ISO 4217 code can be typed.
const COMMON_CURRENCIES = [
  "EUR",
  "USD",
  "GBP",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CAD",
  "AUD",
  "JPY",
  "INR",
];

export interface ProjectFormFieldsProps {
  readonly form: UseFormReturnType<ProjectFormValues>;
  readonly people: readonly PersonOption[];
  readonly peopleLoading: boolean;
  /** The lifecycle templates a new project may start on; absent when editing. */
  readonly templates?: readonly { value: string; label: string }[];
}

/** The project's fields, laid out two to a row on wide screens and stacked on phones. */
export function ProjectFormFields({
  form,
  people,
  peopleLoading,
  templates,
}: ProjectFormFieldsProps) {
  const personPlaceholder = peopleLoading ? "Loading people…" : "Nobody yet";
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, xs: 4 }}>
        <TextInput
          label="Key"
          description="Short code, e.g. ERP"
          required
          data-autofocus
          maxLength={10}
          styles={{ input: { textTransform: "uppercase" } }}
          {...form.getInputProps("key")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 8 }}>
        <TextInput
          label="Name"
          description="As people call it"
          required
          {...form.getInputProps("name")}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("description")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps("status")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label="Methodology"
          data={METHODOLOGY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps("methodology")}
        />
      </Grid.Col>
      {templates ? (
        <Grid.Col span={12}>
          <Select
            label="Lifecycle template"
            description="Phases and gates the project will follow; can be applied later too"
            placeholder="None"
            data={[...templates]}
            clearable
            searchable
            {...form.getInputProps("templateId")}
          />
        </Grid.Col>
      ) : null}
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label="Manager"
          data={[...people]}
          searchable
          clearable
          placeholder={personPlaceholder}
          nothingFoundMessage="No member by that name"
          {...form.getInputProps("managerId")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <Select
          label="Sponsor"
          data={[...people]}
          searchable
          clearable
          placeholder={personPlaceholder}
          nothingFoundMessage="No member by that name"
          {...form.getInputProps("sponsorId")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <DateInput
          label="Planned start"
          valueFormat="D MMM YYYY"
          clearable
          placeholder="Pick a date"
          {...form.getInputProps("plannedStart")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <DateInput
          label="Planned finish"
          valueFormat="D MMM YYYY"
          clearable
          placeholder="Pick a date"
          minDate={form.values.plannedStart ?? undefined}
          {...form.getInputProps("plannedFinish")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 8, xs: 8 }}>
        <NumberInput
          label="Budget"
          description="Leave blank if not set"
          min={0}
          thousandSeparator=","
          decimalScale={currencyDigits(form.values.budgetCurrency)}
          hideControls
          {...form.getInputProps("budgetAmount")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 4, xs: 4 }}>
        <Autocomplete
          label="Currency"
          description="ISO code"
          data={COMMON_CURRENCIES}
          maxLength={3}
          styles={{ input: { textTransform: "uppercase" } }}
          {...form.getInputProps("budgetCurrency")}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TagsInput
          label="Tags"
          description="Press Enter after each tag"
          maxTags={20}
          clearable
          {...form.getInputProps("tags")}
        />
      </Grid.Col>
    </Grid>
  );
}
