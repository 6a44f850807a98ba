import { Card, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Org, OrgUpdate } from "@orrery/contracts/orgs";
import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import { formatDay } from "../../format/date-format.js";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "./current-org.js";
import { useRenameOrg } from "./queries.js";

const FIELDS: FormFields = { labels: { name: "Name" } };

/** The organisation's details; administrators rename it here. */
export function OrgSettingsPage() {
  const { org, can } = useCurrentOrg();
  return (
    <>
      <PageHeader title="Organisation" description={`Details of ${org.name}.`} />
      <Stack gap="lg" maw={720}>
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="lg" verticalSpacing="xs">
            <Detail label="Address">
              <code>/orgs/{org.slug}</code>
            </Detail>
            <Detail label="Created">{formatDay(org.createdAt)}</Detail>
            <Detail label="Your role">{ORG_ROLE_LABELS[org.role]}</Detail>
          </SimpleGrid>
        </Card>
        {can("org.update") ? (
          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="md">
              Rename
            </Title>
            {/* Keyed by version: a rename by someone else resets the form to the new name. */}
            <RenameOrgForm key={org.version} org={org} />
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

function Detail({
  label,
  children,
}: {
  readonly label: string;
  readonly children: React.ReactNode;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function RenameOrgForm({ org }: { readonly org: Org }) {
  const rename = useRenameOrg(org);
  const form = useForm({
    initialValues: { name: org.name },
    validate: validateWith(OrgUpdate, FIELDS),
  });
  const submit = form.onSubmit((values) =>
    rename.mutate(values.name, {
      onSuccess: (renamed) =>
        notifications.show({ color: "green", message: `The organisation is now ${renamed.name}.` }),
      onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        <FormProblem error={rename.error} fields={FIELDS} />
        <TextInput
          label="Name"
          description="Shown to every member. The address above stays the same."
          required
          {...form.getInputProps("name")}
        />
        <FormActions submitLabel="Save name" pending={rename.isPending} />
      </Stack>
    </form>
  );
}
