import { Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import type { ReactNode } from "react";

export interface SortableHeaderProps {
  /** How the table is sorted by this column now, for `aria-sort` and the arrow. */
  readonly direction: "ascending" | "descending" | "none";
  readonly onSort: () => void;
  readonly children: ReactNode;
  readonly visibleFrom?: "sm" | "md" | "lg" | "xl";
}

/** A column header that sorts the table when pressed, saying how it is sorted to everyone. */
export function SortableHeader({ direction, onSort, children, visibleFrom }: SortableHeaderProps) {
  const Icon =
    direction === "ascending"
      ? IconArrowUp
      : direction === "descending"
        ? IconArrowDown
        : IconSelector;
  return (
    <Table.Th aria-sort={direction} visibleFrom={visibleFrom}>
      <UnstyledButton className="sortable-header" onClick={onSort}>
        {children}
        <Icon size={14} aria-hidden opacity={direction === "none" ? 0.45 : 1} />
      </UnstyledButton>
    </Table.Th>
  );
}
