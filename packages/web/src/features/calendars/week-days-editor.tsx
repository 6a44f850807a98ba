import { NativeSelect, Table, TextInput } from "@mantine/core";
import { type DayMode, type DayValues, dayError } from "./week-form-values.js";
import { DAY_NAMES } from "./working-times.js";

export interface WeekDaysEditorProps {
  readonly values: readonly DayValues[];
  readonly onChange: (values: DayValues[]) => void;
  /** What an undefined day follows (`the base calendar`, `the calendar's week`); null: none. */
  readonly inheritsFrom: string | null;
  /** Names the table for assistive technology. */
  readonly label: string;
  readonly disabled?: boolean;
}

/** Seven days, each working (with hours typed as 08:00–12:00, 13:00–17:00) or not. */
export function WeekDaysEditor({
  values,
  onChange,
  inheritsFrom,
  label,
  disabled = false,
}: WeekDaysEditorProps) {
  const set = (day: number, patch: Partial<DayValues>) =>
    onChange(values.map((value, i) => (i === day ? { ...value, ...patch } : value)));
  const modes = [
    { value: "working", label: "Working" },
    { value: "off", label: "Non-working" },
    ...(inheritsFrom === null ? [] : [{ value: "inherit", label: `As ${inheritsFrom}` }]),
  ];
  // Monday first, as working weeks are read.
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <Table aria-label={label} verticalSpacing={4} withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>Day</Table.Th>
          <Table.Th w={170}>Time</Table.Th>
          <Table.Th>Working hours</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.map((day) => {
          const value = values[day];
          if (!value) return null;
          const name = DAY_NAMES[day];
          return (
            <Table.Tr key={day}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`${name}: working or not`}
                  data={modes}
                  value={value.mode === "inherit" && inheritsFrom === null ? "working" : value.mode}
                  disabled={disabled}
                  onChange={(event) => {
                    const mode = modes.find((m) => m.value === event.currentTarget.value)?.value;
                    if (mode === "working" || mode === "off" || mode === "inherit")
                      set(day, { mode: mode satisfies DayMode });
                  }}
                />
              </Table.Td>
              <Table.Td>
                {value.mode === "working" ? (
                  <TextInput
                    size="xs"
                    aria-label={`${name} working hours`}
                    placeholder="08:00–12:00, 13:00–17:00"
                    value={value.hours}
                    error={dayError(value)}
                    disabled={disabled}
                    onChange={(event) => set(day, { hours: event.currentTarget.value })}
                  />
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
