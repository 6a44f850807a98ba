import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconCheck, IconCopy, IconEyeExclamation } from "@tabler/icons-react";
import type { ReactNode } from "react";

export interface OneTimeSecretProps {
  /** Names the value for the input's label: "Invitation link", "API token". */
  readonly label: string;
  readonly value: string;
  readonly explanation: string;
  /** Closes what showed the secret; the Done button is the only way on, after copying. */
  readonly onDone: () => void;
  /** Extra help under the secret (how to use it). */
  readonly children?: ReactNode;
}

/**
 * A secret the server returns once (an API token, an invitation link): shown with a copy button
 * and a plain warning, because closing this is the last chance to see it.
 */
export function OneTimeSecret({ label, value, explanation, onDone, children }: OneTimeSecretProps) {
  return (
    <Stack gap="sm">
      <Alert
        variant="light"
        color="yellow"
        icon={<IconEyeExclamation aria-hidden />}
        title="Copy it now"
        // Mantine's yellow title on the yellow tint is under 4.5:1; the text colour reads well.
        styles={{ title: { color: "var(--mantine-color-text)" } }}
      >
        <Text size="sm">{explanation} It will not be shown again.</Text>
      </Alert>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          style={{ flex: 1, minWidth: 0 }}
        />
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? "light" : "filled"}
              color={copied ? "green" : undefined}
              leftSection={
                copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
              }
              onClick={copy}
              aria-live="polite"
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      {children}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
