import { Alert, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ApiProblem } from "../api/api-problem.js";
import { describeProblem } from "../page-states/problem-message.js";
import { type FieldErrors, type FormFields, placeProblem } from "./field-errors.js";

/** The field errors a failed submit carries (a server 422), to show next to the fields. */
export function fieldErrorsOf(error: unknown, fields: FormFields): FieldErrors {
  if (!(error instanceof ApiProblem) || !error.problem.errors?.length) return {};
  return placeProblem(error.problem, fields).fields;
}

export interface FormProblemProps {
  readonly error: unknown;
  readonly fields: FormFields;
  /** Extra guidance for the person, under the message (a reload button for a 412). */
  readonly children?: ReactNode;
}

/**
 * What a failed submit means for the whole form: problems that belong to no field, or the
 * failure itself when the server named no field. Field errors are shown by the fields.
 */
export function FormProblem({ error, fields, children }: FormProblemProps) {
  if (!error) return null;
  if (error instanceof ApiProblem && error.problem.errors?.length) {
    const { unplaced } = placeProblem(error.problem, fields);
    if (unplaced.length === 0) return null;
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        title="Please check these"
        icon={<IconAlertTriangle aria-hidden />}
      >
        <List size="sm">
          {unplaced.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  const message = describeProblem(error);
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={message.title}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {message.detail ? <Text size="sm">{message.detail}</Text> : null}
      {children}
    </Alert>
  );
}
