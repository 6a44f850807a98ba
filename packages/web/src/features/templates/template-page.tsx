import {
  Alert,
  Button,
  Grid,
  Group,
  MultiSelect,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { Methodology } from "@orrery/contracts/projects";
import type { LifecycleTemplate } from "@orrery/contracts/templates";
import { ReportCadence } from "@orrery/contracts/templates";
import { IconPlus } from "@tabler/icons-react";
import { ApiProblem, problemStatus } from "../../api/api-problem.js";
import { FormActions } from "../../forms/form-actions.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { AnchorLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { METHODOLOGY_LABELS } from "../projects/project-labels.js";
import { useTemplate, useTemplateChanges } from "./queries.js";
import { TemplateDefaultRiskFields } from "./template-default-risk-fields.js";
import {
  emptyPhase,
  type TemplateFormValues,
  templateFieldErrors,
  templateFormFrom,
  validateTemplateForm,
} from "./template-form-values.js";
import { CADENCE_LABELS } from "./template-labels.js";
import { REVIEWER_OPTIONS, TemplatePhaseFields } from "./template-phase-fields.js";
import { TemplateRagRuleFields } from "./template-rag-rule-fields.js";

const METHODOLOGY_OPTIONS = Methodology.options.map((value) => ({
  value,
  label: METHODOLOGY_LABELS[value],
}));
const CADENCE_OPTIONS = ReportCadence.options.map((value) => ({
  value,
  label: CADENCE_LABELS[value],
}));

/** One template: the PMO edits it and publishes a new version; everyone else reads it. */
export function TemplatePage({ templateId }: { readonly templateId: string }) {
  const { org } = useCurrentOrg();
  const template = useTemplate(org.slug, templateId);
  if (template.isPending) return <LoadingState label="Loading the template…" rows={6} />;
  if (template.isError)
    return <ErrorState error={template.error} onRetry={() => void template.refetch()} />;
  // Keyed by version: a newly published version starts a fresh form from the server's copy.
  return <TemplateEditor key={template.data.version} template={template.data} />;
}

function TemplateEditor({ template }: { readonly template: LifecycleTemplate }) {
  const { org, can } = useCurrentOrg();
  const { publish } = useTemplateChanges(org.slug);
  const readOnly = !can("template.manage");
  const form = useForm<TemplateFormValues>({
    initialValues: templateFormFrom(template),
    validate: validateTemplateForm,
  });

  const submit = form.onSubmit((values) =>
    publish.mutate(
      { template, content: values },
      {
        onSuccess: (published) =>
          notifications.show({
            color: "green",
            message: `${published.name} version ${published.version} published.`,
          }),
        onError: (error) => {
          if (error instanceof ApiProblem && error.problem.errors?.length)
            form.setErrors(templateFieldErrors(error.problem.errors).fields);
        },
      },
    ),
  );
  const stale = problemStatus(publish.error) === 412;
  const failure =
    publish.error && !(publish.error instanceof ApiProblem && publish.error.problem.errors?.length);

  return (
    <>
      <PageHeader
        above={
          <AnchorLink size="sm" to="/orgs/$org/templates" params={{ org: org.slug }}>
            ← Lifecycle templates
          </AnchorLink>
        }
        title={template.name}
        description={`Version ${template.version}${template.builtIn ? " · built-in" : ""} · ${
          readOnly ? "read only" : `editing publishes version ${template.version + 1}`
        }`}
      />
      <form onSubmit={submit} noValidate aria-label="Template">
        <Stack gap="md">
          {failure ? (
            <Alert
              role="alert"
              color="red"
              variant="light"
              title={describeProblem(publish.error).title}
            >
              <Text size="sm">
                {stale
                  ? "Someone published a newer version meanwhile. Reload the page to edit the latest one."
                  : describeProblem(publish.error).detail}
              </Text>
            </Alert>
          ) : null}
          <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Name" required {...form.getInputProps("name")} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <Select
                  label="Methodology"
                  data={METHODOLOGY_OPTIONS}
                  allowDeselect={false}
                  {...form.getInputProps("methodology")}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <Select
                  label="Report cadence"
                  data={CADENCE_OPTIONS}
                  allowDeselect={false}
                  {...form.getInputProps("reportCadence")}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label="Description"
                  autosize
                  minRows={2}
                  maxRows={5}
                  {...form.getInputProps("description")}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TagsInput
                  label="RAID categories"
                  description="Categories a new project's RAID log starts with"
                  splitChars={[","]}
                  {...form.getInputProps("raidCategories")}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <MultiSelect
                  label="Change approver roles"
                  description="Who decides the change requests of projects on this template (administrators and PMO managers always may)"
                  data={REVIEWER_OPTIONS}
                  required
                  {...form.getInputProps("changeApproverRoles")}
                />
              </Grid.Col>
            </Grid>
          </fieldset>
          <TemplateRagRuleFields form={form} readOnly={readOnly} />
          <TemplateDefaultRiskFields form={form} readOnly={readOnly} />
          {form.errors.phases ? (
            <Text c="red" size="sm" role="alert">
              {form.errors.phases}
            </Text>
          ) : null}
          {form.values.phases.map((_phase, index) => (
            <TemplatePhaseFields
              // Phases have no id of their own; position is their identity while editing.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              form={form}
              index={index}
              count={form.values.phases.length}
              readOnly={readOnly}
            />
          ))}
          {readOnly ? null : (
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() =>
                  form.insertListItem("phases", emptyPhase(form.values.phases.length + 1))
                }
              >
                Add phase
              </Button>
              <FormActions
                submitLabel={`Publish version ${template.version + 1}`}
                pending={publish.isPending}
              />
            </Group>
          )}
        </Stack>
      </form>
    </>
  );
}
