import { Button, Checkbox, Group, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { Password } from "@orrery/contracts/account";
import { z } from "zod";
import { ApiProblem } from "../../api/api-problem.js";
import type { FormFields } from "../../forms/field-errors.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { type PasswordChange, useChangePassword } from "./queries.js";

const FIELDS: FormFields = {
  labels: {
    currentPassword: "Current password",
    newPassword: "New password",
    confirmPassword: "Confirmation",
  },
};

const PasswordChangeInput = z
  .object({
    currentPassword: z.string().min(1, "is required"),
    newPassword: Password,
    confirmPassword: z.string(),
    revokeOtherSessions: z.boolean(),
  })
  .refine((v) => v.confirmPassword === v.newPassword, {
    message: "does not match the new password",
    path: ["confirmPassword"],
  });

interface PasswordFormValues extends PasswordChange {
  confirmPassword: string;
}

/** better-auth answers a wrong current password with this code rather than a field path. */
function isWrongCurrentPassword(error: unknown): boolean {
  return error instanceof ApiProblem && error.authCode === "INVALID_PASSWORD";
}

export function ChangePasswordForm() {
  const change = useChangePassword();
  const form = useForm<PasswordFormValues>({
    initialValues: {
      currentPassword: "",
      newPassword: "",
      confirmPassword: "",
      revokeOtherSessions: true,
    },
    validate: validateWith(PasswordChangeInput, FIELDS),
  });
  const submit = form.onSubmit(({ confirmPassword: _, ...values }) =>
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({ color: "green", message: "Your password is changed." });
      },
      onError: (error) =>
        form.setErrors(
          isWrongCurrentPassword(error)
            ? { currentPassword: "Current password is not right" }
            : fieldErrorsOf(error, FIELDS),
        ),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {isWrongCurrentPassword(change.error) ? null : (
          <FormProblem error={change.error} fields={FIELDS} />
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <PasswordInput
          label="New password"
          description="At least 10 characters. A few unrelated words make a strong one."
          autoComplete="new-password"
          required
          {...form.getInputProps("newPassword")}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        <Checkbox
          label="Sign out my other devices"
          {...form.getInputProps("revokeOtherSessions", { type: "checkbox" })}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
