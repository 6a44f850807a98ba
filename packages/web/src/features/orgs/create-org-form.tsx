import { Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { Org } from "@orrery/contracts/orgs";
import { OrgCreate } from "@orrery/contracts/orgs";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { useCreateOrg } from "./queries.js";

const FIELDS: FormFields = { labels: { name: "Name", slug: "Short name" } };

interface OrgFormValues {
  name: string;
  slug: string;
}

export interface CreateOrgFormProps {
  readonly onCreated: (org: Org) => void;
  readonly onCancel?: () => void;
}

/** Name a new organisation; the caller becomes its administrator. */
export function CreateOrgForm({ onCreated, onCancel }: CreateOrgFormProps) {
  const createOrg = useCreateOrg();
  const form = useForm<OrgFormValues>({
    initialValues: { name: "", slug: "" },
    validate: (values) => validateWith(OrgCreate, FIELDS)(toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    createOrg.mutate(toRequest(values), {
      onSuccess: onCreated,
      onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={createOrg.error} fields={FIELDS} />
        <TextInput
          label="Name"
          description="How people will see the organisation, e.g. Acme Corporation"
          required
          data-autofocus
          {...form.getInputProps("name")}
        />
        <TextInput
          label="Short name"
          description="Used in links and the API. Leave blank to derive it from the name."
          placeholder="acme"
          {...form.getInputProps("slug")}
        />
        <FormActions
          submitLabel={"Create organisation"}
          pending={createOrg.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

function toRequest(values: OrgFormValues): OrgCreate {
  return { name: values.name, slug: values.slug.trim() === "" ? undefined : values.slug };
}
