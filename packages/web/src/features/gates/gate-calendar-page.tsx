import { EmptyState, Group, SegmentedControl, Table, Text } from "@mantine/core";
import type { GateCalendarEntry } from "@orrery/contracts/lifecycle";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useState } from "react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { AnchorLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { type CalendarFilter, useGateCalendar } from "./queries.js";

const FILTERS: { value: CalendarFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "requested", label: "Requested" },
  { value: "upcoming", label: "Upcoming" },
  { value: "overdue", label: "Overdue" },
];

/** Today in the person's own time zone, as the API's dates are written. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The PMO's gate calendar: every running project's next gate, soonest first. */
export function GateCalendarPage() {
  const { org } = useCurrentOrg();
  const [filter, setFilter] = useState<CalendarFilter>("all");
  const calendar = useGateCalendar(org.slug, filter, localToday());
  return (
    <>
      <PageHeader
        title="Gate calendar"
        description="The next gate of every running project you may see: reviews awaiting a decision and gates to come, by date. Plan a gate's date on the project's lifecycle page."
      />
      <SegmentedControl
        mb="md"
        aria-label="Show gates"
        data={FILTERS}
        value={filter}
        onChange={(value) => setFilter(FILTERS.find((f) => f.value === value)?.value ?? "all")}
      />
      {calendar.isPending ? (
        <LoadingState label="Loading the gate calendar…" rows={5} />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.data.items.length === 0 ? (
        <EmptyState
          icon={<IconCalendarEvent size={26} aria-hidden />}
          withIndicatorBackground
          title="No gates here"
          description="Projects on a lifecycle template appear here with their next gate."
        />
      ) : (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table striped highlightOnHover aria-label="Gates by date">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Project</Table.Th>
                <Table.Th scope="col">Gate</Table.Th>
                <Table.Th scope="col">State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.data.items.map((entry) => (
                <CalendarRow key={entry.project.id} org={org.slug} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function CalendarRow({ org, entry }: { readonly org: string; readonly entry: GateCalendarEntry }) {
  return (
    <Table.Tr>
      <Table.Td>
        {entry.date ?? (
          <Text span c="dimmed">
            Not planned
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <AnchorLink
          to="/orgs/$org/projects/$projectId/lifecycle"
          params={{ org, projectId: entry.project.id }}
        >
          {entry.project.key} · {entry.project.name}
        </AnchorLink>
      </Table.Td>
      <Table.Td>
        {entry.reviewId ? (
          <AnchorLink
            to="/orgs/$org/projects/$projectId/gates/$gate/reviews/$reviewId"
            params={{
              org,
              projectId: entry.project.id,
              gate: String(entry.gate),
              reviewId: entry.reviewId,
            }}
          >
            Gate {entry.gate}: {entry.gateName}
          </AnchorLink>
        ) : (
          `Gate ${entry.gate}: ${entry.gateName}`
        )}
        <Text size="xs" c="dimmed">
          closes {entry.phaseName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <TintedBadge color={entry.state === "requested" ? "blue" : "gray"}>
            {entry.state === "requested" ? "Requested" : "Upcoming"}
          </TintedBadge>
          {entry.overdue ? <TintedBadge color="red">Overdue</TintedBadge> : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
