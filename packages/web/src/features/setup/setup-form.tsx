import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { type AccountReady, SetupComplete } from "@orrery/contracts/account";
import type { FormFields } from "../../forms/field-errors.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { useCompleteSetup } from "./queries.js";

const FIELDS: FormFields = {
  labels: { name: "Your name", email: "E-mail", password: "Password", orgName: "Organisation" },
};

type SetupValues = Omit<SetupComplete, "token">;

/** The first administrator and their organisation, from the one-time setup link. */
export interface SetupFormProps {
  readonly token: string;
  readonly onDone: (ready: AccountReady) => void;
}

export function SetupForm({ token, onDone }: SetupFormProps) {
  const setup = useCompleteSetup();
  const form = useForm<SetupValues>({
    initialValues: { name: "", email: "", password: "", orgName: "" },
    validate: (values) => validateWith(SetupComplete, FIELDS)({ ...values, token }),
  });
  const submit = form.onSubmit((values) =>
    setup.mutate(
      { ...values, token },
      { onSuccess: onDone, onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={setup.error} fields={FIELDS} />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          autoFocus
          {...form.getInputProps("name")}
        />
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description="At least 10 characters."
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <TextInput
          label="Organisation"
          description="Your company or PMO; you can add more later."
          autoComplete="organization"
          required
          {...form.getInputProps("orgName")}
        />
        <Button type="submit" loading={setup.isPending} fullWidth>
          Create administrator and start
        </Button>
      </Stack>
    </form>
  );
}
