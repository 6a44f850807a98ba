import { Select, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";
import { useTemplates } from "../templates/queries.js";
import { useLifecycleChanges } from "./queries.js";

const FIELDS = { labels: { templateId: "Template" } };

/** Puts a project without a lifecycle on a template's latest version. */
export function ApplyTemplateForm({
  org,
  projectId,
}: {
  readonly org: string;
  readonly projectId: string;
}) {
  const templates = useTemplates(org);
  const { apply } = useLifecycleChanges(org, projectId);
  const form = useForm<{ templateId: string | null }>({
    initialValues: { templateId: null },
    validate: { templateId: (value) => (value ? null : "Template is required") },
  });
  const options = (templates.data?.items ?? []).map((t) => ({
    value: t.id,
    label: `${t.name} (version ${t.version})`,
  }));
  const submit = form.onSubmit((values) => {
    if (values.templateId) apply.mutate({ templateId: values.templateId });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Apply a template">
      <Stack gap="sm" maw={480}>
        <FormProblem error={apply.error} fields={FIELDS} />
        <Select
          label="Template"
          placeholder={templates.isPending ? "Loading templates…" : "Choose a template"}
          data={options}
          searchable
          {...form.getInputProps("templateId")}
        />
        <FormActions submitLabel="Apply template" pending={apply.isPending} />
      </Stack>
    </form>
  );
}
