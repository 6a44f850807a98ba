import { Badge } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";

type CustomProperties = CSSProperties & Record<`--${string}`, string>;

export interface TintedBadgeProps {
  /** A Mantine palette colour; the badge is its light tint with text in a deep shade of it. */
  readonly color: string;
  readonly children: ReactNode;
}

/**
 * A calm coloured badge whose text stays readable (4.5:1 or better) in light and dark schemes;
 * Mantine's own light variant puts mid-tone text on a pale tint, too faint for small text.
 */
export function TintedBadge({ color, children }: TintedBadgeProps) {
  const style: CustomProperties = {
    // Shade 9 darkened further: Mantine's green, orange and yellow 9s are still under 4.5:1 on
    // their own tint.
    "--status-text-light": `color-mix(in srgb, var(--mantine-color-${color}-9) 72%, black)`,
    "--status-text-dark": `var(--mantine-color-${color}-2)`,
  };
  return (
    <Badge variant="light" color={color} tt="none" fw={600} className="status-badge" style={style}>
      {children}
    </Badge>
  );
}
