import { Group, Paper, Table, Text } from "@mantine/core";
import type { AuditEntry } from "@orrery/contracts/audit";
import { formatInstant, formatRelative } from "../../format/date-format.js";
import { auditChanges, describeAuditAction, type FieldChange } from "./audit-diff.js";

type Shape = "created" | "deleted" | "changed";

function shapeOf(entry: AuditEntry): Shape {
  if (entry.before === null) return "created";
  if (entry.after === null) return "deleted";
  return "changed";
}

function Empty() {
  return (
    <Text span size="sm" c="dimmed">
      (empty)
    </Text>
  );
}

/** The value column: what was set, what was removed, or before → after. */
function ChangeValue({ change, shape }: { readonly change: FieldChange; readonly shape: Shape }) {
  if (shape === "created")
    return change.after === null ? (
      <Empty />
    ) : (
      <Text span size="sm">
        {change.after}
      </Text>
    );
  if (shape === "deleted")
    return change.before === null ? (
      <Empty />
    ) : (
      <Text span size="sm">
        {change.before}
      </Text>
    );
  return (
    <>
      {change.before === null ? (
        <Empty />
      ) : (
        <Text span size="sm" className="diff-before">
          <span className="visually-hidden">from </span>
          {change.before}
        </Text>
      )}
      <Text span size="sm" c="dimmed" mx={6} aria-hidden>
        →
      </Text>
      {change.after === null ? (
        <Empty />
      ) : (
        <Text span size="sm" className="diff-after">
          <span className="visually-hidden">to </span>
          {change.after}
        </Text>
      )}
    </>
  );
}

/** One audit entry: who did what to which thing, when, and each field's before → after. */
export function AuditEntryCard({ entry, now }: { readonly entry: AuditEntry; readonly now: Date }) {
  const changes = auditChanges(entry);
  const shape = shapeOf(entry);
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
        <Text size="sm">
          <Text span fw={600}>
            {entry.actor?.name ?? "Orrery"}
          </Text>{" "}
          {describeAuditAction(entry)}
        </Text>
        <Text size="xs" c="dimmed" title={formatInstant(entry.at)}>
          <time dateTime={entry.at}>{formatRelative(entry.at, now)}</time>
        </Text>
      </Group>
      {changes.length > 0 ? (
        <Table mt={6} withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
          <Table.Thead className="visually-hidden">
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>
                {shape === "created" ? "Set to" : shape === "deleted" ? "Was" : "Change"}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Td w={130} c="dimmed" style={{ verticalAlign: "top" }}>
                  {change.label}
                </Table.Td>
                <Table.Td style={{ verticalAlign: "top", overflowWrap: "anywhere" }}>
                  <ChangeValue change={change} shape={shape} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}
