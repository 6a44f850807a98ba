import { Button, Table, Text } from "@mantine/core";
import type { ChangeRequest } from "@orrery/contracts/change-requests";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatInstant } from "../../format/date-format.js";
import {
  CHANGE_STATUS_COLORS,
  CHANGE_STATUS_LABELS,
  formatCostDelta,
  formatDayDelta,
} from "./change-labels.js";

/** The change log: every request with its impact at a glance and its outcome. */
export function ChangeLogTable({
  requests,
  onOpen,
}: {
  readonly requests: readonly ChangeRequest[];
  readonly onOpen: (request: ChangeRequest) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label="Change log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Ref</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Finish impact</Table.Th>
            <Table.Th>Cost impact</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Raised</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => {
            const last = r.decisions.at(-1);
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(r)}>
                    {r.ref}
                  </Button>
                </Table.Td>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>
                  <TintedBadge color={CHANGE_STATUS_COLORS[r.status]}>
                    {CHANGE_STATUS_LABELS[r.status]}
                  </TintedBadge>
                </Table.Td>
                <Table.Td>
                  {r.scheduleImpact
                    ? r.scheduleImpact.problem
                      ? "no longer applies"
                      : formatDayDelta(r.scheduleImpact.finishDeltaWorkingDays)
                    : "—"}
                </Table.Td>
                <Table.Td>{formatCostDelta(r.costImpact)}</Table.Td>
                <Table.Td>
                  {last ? (
                    <Text size="sm">
                      {CHANGE_STATUS_LABELS[last.decision]} by {last.decidedBy?.name ?? "someone"}
                      {r.baselineNumber === null ? "" : `, baseline ${r.baselineNumber}`}
                    </Text>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td>{formatInstant(r.createdAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
