import { Modal, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { TokenScope } from "@orrery/contracts/roles";
import { TOKEN_PREFIX, TokenCreate } from "@orrery/contracts/tokens";
import { useState } from "react";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { OneTimeSecret } from "../../secrets/one-time-secret.js";
import { useCreateToken } from "./queries.js";

const FIELDS: FormFields = {
  labels: { name: "Name", scope: "Access", expiresInDays: "Expires" },
};

const EXPIRY_OPTIONS = [
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "never", label: "Never" },
];

const SCOPE_OPTIONS = [
  { value: "write", label: "Read and write" },
  { value: "read", label: "Read only" },
];

interface TokenValues {
  name: string;
  scope: TokenScope;
  expiry: string;
}

function toRequest(values: TokenValues): TokenCreate {
  const days = Number.parseInt(values.expiry, 10);
  return {
    name: values.name,
    scope: values.scope,
    expiresInDays: Number.isNaN(days) ? undefined : days,
  };
}

export function CreateTokenModal({
  opened,
  onClose,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="New API token">
      {opened ? <CreateTokenBody onClose={onClose} /> : null}
    </Modal>
  );
}

function CreateTokenBody({ onClose }: { readonly onClose: () => void }) {
  const create = useCreateToken();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<TokenValues>({
    initialValues: { name: "", scope: "write", expiry: "90" },
    validate: (values) => validateWith(TokenCreate, FIELDS)(toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    create.mutate(toRequest(values), {
      onSuccess: (created) => setSecret(created.secret),
      onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
    }),
  );
  if (secret) {
    return (
      <OneTimeSecret
        label="API token"
        value={secret}
        explanation="Store it in your password manager or your script's secret store."
        onDone={onClose}
      >
        <Text size="sm" c="dimmed">
          Use it as <code>Authorization: Bearer {TOKEN_PREFIX}…</code>, or with the CLI:{" "}
          <code>orrery --token …</code>.
        </Text>
      </OneTimeSecret>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={create.error} fields={FIELDS} />
        <TextInput
          label="Name"
          description="What uses it, e.g. Nightly export"
          required
          data-autofocus
          {...form.getInputProps("name")}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="token-scope-label">
            Access
          </Text>
          <SegmentedControl
            aria-labelledby="token-scope-label"
            data={SCOPE_OPTIONS}
            value={form.values.scope}
            onChange={(value) =>
              form.setFieldValue("scope", TokenScope.catch("write").parse(value))
            }
          />
          <Text size="xs" c="dimmed">
            A read-only token can look but never change anything.
          </Text>
        </Stack>
        <Select
          label="Expires"
          data={EXPIRY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps("expiry")}
        />
        <FormActions submitLabel={"Create token"} pending={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
