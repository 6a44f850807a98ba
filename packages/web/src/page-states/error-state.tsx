import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconLock } from "@tabler/icons-react";
import { problemStatus } from "../api/api-problem.js";
import { describeProblem } from "./problem-message.js";

export interface ErrorStateProps {
  readonly error: unknown;
  /** Shown as a "Try again" button when the failure may pass (network, server errors). */
  readonly onRetry?: () => void;
}

/** The error view of a page or section: what failed, in words, and what the person can do. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const message = describeProblem(error);
  const status = problemStatus(error);
  const forbidden = status === 403;
  const worthRetrying = status === null || status === 0 || status >= 500 || status === 429;
  return (
    <Alert
      role="alert"
      variant="light"
      color={forbidden ? "gray" : "red"}
      title={message.title}
      icon={forbidden ? <IconLock aria-hidden /> : <IconAlertTriangle aria-hidden />}
    >
      {message.detail ? <Text size="sm">{message.detail}</Text> : null}
      {onRetry && worthRetrying ? (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
