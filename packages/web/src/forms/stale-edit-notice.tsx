import { Button, Group, Stack, Text } from "@mantine/core";
import { problemStatus } from "../api/api-problem.js";

/**
 * Said inside a dialog's problem when the server refused an edit as stale (412): someone
 * changed the thing meanwhile, and reopening it shows their changes. Nothing otherwise.
 */
export function StaleEditNotice({
  error,
  what,
  onClose,
}: {
  readonly error: unknown;
  /** "this item", "this lesson". */
  readonly what: string;
  readonly onClose: () => void;
}) {
  if (problemStatus(error) !== 412) return null;
  return (
    <Stack gap="xs" mt="xs">
      <Text size="sm">
        Someone changed {what} meanwhile. Close and open it again to see their changes.
      </Text>
      <Group>
        <Button size="xs" variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
