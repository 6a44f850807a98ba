import { Group, Loader, Skeleton, Stack, Text } from "@mantine/core";

/** The loading view of a page or section; `label` tells screen readers what is coming. */
export function LoadingState({
  label,
  rows = 0,
}: {
  readonly label: string;
  readonly rows?: number;
}) {
  return (
    <Stack gap="xs" aria-busy="true">
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Group>
      {Array.from({ length: rows }, (_, row) => `row-${row}`).map((key) => (
        <Skeleton key={key} height={28} radius="sm" aria-hidden />
      ))}
    </Stack>
  );
}
