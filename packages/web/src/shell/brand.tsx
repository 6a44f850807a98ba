import { Group, Text } from "@mantine/core";

/** The orrery mark: a sun, one orbit, one planet. */
export function BrandMark({ size = 26 }: { readonly size?: number }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="4.5" fill="var(--mantine-color-yellow-6)" />
      <ellipse
        cx="16"
        cy="16"
        rx="13"
        ry="6"
        fill="none"
        stroke="var(--mantine-primary-color-filled)"
        strokeWidth="2"
        transform="rotate(-25 16 16)"
      />
      <circle cx="27.2" cy="10.5" r="2.6" fill="var(--mantine-primary-color-filled)" />
    </svg>
  );
}

export function Brand({ withName = true }: { readonly withName?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <BrandMark />
      {withName ? (
        // On phones the mark alone leaves room for the organisation switcher.
        <Text fw={700} size="lg" lh={1} visibleFrom="xs">
          Orrery
        </Text>
      ) : null}
    </Group>
  );
}
