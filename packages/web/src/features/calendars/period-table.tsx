import { Button, Group, Table } from "@mantine/core";
import type { ReactNode } from "react";

// A calendar's exceptions or work weeks as a table, each row with Change and Remove.

export interface PeriodColumn<T> {
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
}

export interface PeriodTableProps<T> {
  /** `Exceptions`, `Work weeks`: names the table. */
  readonly label: string;
  /** `exception`, `work week`: names each row's buttons (`Change exception Easter`). */
  readonly what: string;
  readonly items: readonly T[];
  readonly columns: readonly PeriodColumn<T>[];
  readonly editable: boolean;
  readonly onChange: (index: number) => void;
  readonly onRemove: (index: number, label: string) => void;
}

/** What a row is called: its name, or its first date when it has none. */
export function periodLabel(what: string, item: { name?: string; fromDate: string }): string {
  return `${what} ${item.name ?? item.fromDate}`;
}

export function PeriodTable<T extends { name?: string; fromDate: string }>(
  props: PeriodTableProps<T>,
) {
  const { label, what, items, columns, editable, onChange, onRemove } = props;
  return (
    <Table aria-label={label} striped>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.header}>{column.header}</Table.Th>
          ))}
          {editable ? <Table.Th aria-label="Actions" /> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item, index) => {
          const row = periodLabel(what, item);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: periods have no id; their position is their identity in the calendar
            <Table.Tr key={index}>
              {columns.map((column) => (
                <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
              ))}
              {editable ? (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`Change ${row}`}
                      onClick={() => onChange(index)}
                    >
                      Change
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      color="red"
                      aria-label={`Remove ${row}`}
                      onClick={() => onRemove(index, row)}
                    >
                      Remove
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
