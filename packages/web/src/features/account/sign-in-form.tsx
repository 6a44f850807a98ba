import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { z } from "zod";
import { problemStatus } from "../../api/api-problem.js";
import type { FormFields } from "../../forms/field-errors.js";
import { FormProblem } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { type Credentials, useSignIn } from "./queries.js";

const FIELDS: FormFields = { labels: { email: "E-mail", password: "Password" } };
const SignInInput = z.object({
  email: z.email("must be an e-mail address"),
  password: z.string().min(1, "is required"),
});

export function SignInForm({ onSignedIn }: { readonly onSignedIn: () => void }) {
  const signIn = useSignIn();
  const form = useForm<Credentials>({
    initialValues: { email: "", password: "" },
    validate: validateWith(SignInInput, FIELDS),
  });
  const submit = form.onSubmit((values) =>
    signIn.mutate({ ...values, email: values.email.trim() }, { onSuccess: onSignedIn }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problemStatus(signIn.error) === 401 ? (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            The e-mail address or password is not right.
          </Alert>
        ) : (
          <FormProblem error={signIn.error} fields={FIELDS} />
        )}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          autoFocus
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
