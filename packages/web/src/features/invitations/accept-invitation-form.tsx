import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { type AccountReady, InvitationAccept } from "@orrery/contracts/account";
import type { FormFields } from "../../forms/field-errors.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { useAcceptInvitation } from "./queries.js";

const FIELDS: FormFields = { labels: { name: "Your name", password: "Password" } };

interface AcceptValues {
  name: string;
  password: string;
}

export interface AcceptInvitationFormProps {
  readonly token: string;
  readonly email: string;
  /** The name the inviter typed, if any; the invitee may correct it. */
  readonly suggestedName: string;
  readonly onJoined: (ready: AccountReady) => void;
}

/** The invitee names themselves and chooses a password; accepting signs them in. */
export function AcceptInvitationForm({
  token,
  email,
  suggestedName,
  onJoined,
}: AcceptInvitationFormProps) {
  const accept = useAcceptInvitation();
  const form = useForm<AcceptValues>({
    initialValues: { name: suggestedName, password: "" },
    validate: (values) => validateWith(InvitationAccept, FIELDS)({ ...values, token }),
  });
  const submit = form.onSubmit((values) =>
    accept.mutate(
      { ...values, token },
      { onSuccess: onJoined, onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={accept.error} fields={FIELDS} />
        <TextInput label="E-mail" value={email} readOnly autoComplete="username" />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          autoFocus
          {...form.getInputProps("name")}
        />
        <PasswordInput
          label="Password"
          description="At least 10 characters."
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          Join and sign in
        </Button>
      </Stack>
    </form>
  );
}
