import { Badge, Button, Center, EmptyState, Table, Text } from "@mantine/core";
import type { PortfolioStatusEntry } from "@orrery/contracts/status-reports";
import { IconFileTypePdf, IconReportAnalytics } from "@tabler/icons-react";
import { formatCalendarDate } from "../../format/date-format.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { AnchorLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { usePortfolioStatus } from "./queries.js";
import { DIMENSION_LABELS } from "./rag-assessment-card.js";
import { RagBadge, RagTrend } from "./rag-badge.js";
import "./status-reports.css";

function Changed({ entry }: { readonly entry: PortfolioStatusEntry }) {
  if (!entry.latest)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (entry.previousOverall === null)
    return (
      <Text size="sm" c="dimmed">
        First report
      </Text>
    );
  if (entry.changed.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No change
      </Text>
    );
  return <Text size="sm">{entry.changed.map((c) => DIMENSION_LABELS[c]).join(", ")}</Text>;
}

/** Every project's latest status: colours, trend, what changed and whether a report is overdue. */
export function PortfolioStatusPage() {
  const { org } = useCurrentOrg();
  const status = usePortfolioStatus(org.slug);
  const entries = status.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title="Portfolio status"
        description="The latest submitted report of every project you may see, its colours against the report before, and reports that are overdue."
        actions={
          <Button
            component="a"
            variant="default"
            href={`/api/v1/orgs/${encodeURIComponent(org.slug)}/status/pdf`}
            download
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            Export PDF
          </Button>
        }
      />
      {status.isPending ? (
        <LoadingState label="Loading the portfolio's status…" rows={6} />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState
          icon={<IconReportAnalytics size={26} aria-hidden />}
          withIndicatorBackground
          title="No projects to report on"
          description="Projects you may see appear here with their latest status report. Create a project, or ask to be added to one."
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={0} type="native">
            <Table
              className="data-table"
              withTableBorder
              highlightOnHover
              aria-label="Portfolio status"
              pos="relative"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Project</Table.Th>
                  <Table.Th>Overall</Table.Th>
                  <Table.Th visibleFrom="md">Schedule</Table.Th>
                  <Table.Th visibleFrom="md">Cost</Table.Th>
                  <Table.Th visibleFrom="md">Scope</Table.Th>
                  <Table.Th visibleFrom="md">Risk</Table.Th>
                  <Table.Th visibleFrom="sm">Trend</Table.Th>
                  <Table.Th visibleFrom="sm">Changed</Table.Th>
                  <Table.Th>Next report</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.project.id}>
                    <Table.Td>
                      <AnchorLink
                        to="/orgs/$org/projects/$projectId/status-reports"
                        params={{ org: org.slug, projectId: entry.project.id }}
                        size="sm"
                        fw={600}
                      >
                        {entry.project.key}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {entry.project.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {entry.latest ? (
                        <RagBadge rag={entry.latest.overall.rag} />
                      ) : (
                        <Text size="sm" c="dimmed">
                          No report
                        </Text>
                      )}
                    </Table.Td>
                    {(["schedule", "cost", "scope", "risk"] as const).map((dimension) => (
                      <Table.Td key={dimension} visibleFrom="md">
                        {entry.latest ? <RagBadge rag={entry.latest[dimension].rag} /> : null}
                      </Table.Td>
                    ))}
                    <Table.Td visibleFrom="sm">
                      <RagTrend trend={entry.trend} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Changed entry={entry} />
                    </Table.Td>
                    <Table.Td className="nowrap">
                      {formatCalendarDate(entry.nextDue)}
                      {entry.overdue ? (
                        <Badge ml={6} color="red" variant="filled" size="sm">
                          Overdue
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {status.hasNextPage ? (
            <Center mt="sm">
              <Button
                variant="default"
                loading={status.isFetchingNextPage}
                onClick={() => void status.fetchNextPage()}
              >
                Show more
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </>
  );
}
