import { ActionIcon, Menu, Table, Text } from "@mantine/core";
import type { StatusReport, StatusReportState } from "@orrery/contracts/status-reports";
import { IconDots } from "@tabler/icons-react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatCalendarDate } from "../../format/date-format.js";
import { RagBadge } from "./rag-badge.js";

const STATE_LABELS: Record<StatusReportState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  accepted: "Accepted",
  returned: "Returned",
};
const STATE_COLORS: Record<StatusReportState, string> = {
  draft: "gray",
  submitted: "blue",
  accepted: "green",
  returned: "orange",
};

/** What the viewer may do with a report; each absent action is hidden. */
export interface ReportActions {
  readonly edit?: (report: StatusReport) => void;
  readonly submit?: (report: StatusReport) => void;
  readonly remove?: (report: StatusReport) => void;
  readonly review?: (report: StatusReport) => void;
}

function menuItems(report: StatusReport, actions: ReportActions) {
  const writable = report.state === "draft" || report.state === "returned";
  return [
    writable && actions.edit ? { label: "Edit", run: actions.edit } : null,
    writable && actions.submit ? { label: "Submit to the PMO", run: actions.submit } : null,
    report.state === "submitted" && actions.review
      ? { label: "Review", run: actions.review }
      : null,
    report.state === "draft" && actions.remove
      ? { label: "Delete draft", run: actions.remove }
      : null,
  ].filter((item) => item !== null);
}

/** Where a report's PDF downloads from. */
export function reportPdfHref(org: string, report: StatusReport): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${report.project.id}/status-reports/${report.id}/pdf`;
}

/** A project's reports, newest first: the colours as reported (the data's where overridden). */
export function StatusReportHistory({
  org,
  reports,
  actions,
}: {
  readonly org: string;
  readonly reports: readonly StatusReport[];
  readonly actions: ReportActions;
}) {
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table
        className="data-table"
        withTableBorder
        highlightOnHover
        aria-label="Status reports"
        pos="relative"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>No.</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Overall</Table.Th>
            <Table.Th visibleFrom="sm">Schedule</Table.Th>
            <Table.Th visibleFrom="sm">Cost</Table.Th>
            <Table.Th visibleFrom="sm">Scope</Table.Th>
            <Table.Th visibleFrom="sm">Risk</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th w={44}>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => {
            const items = menuItems(report, actions);
            return (
              <Table.Tr key={report.id}>
                <Table.Td>{report.number}</Table.Td>
                <Table.Td className="nowrap">{formatCalendarDate(report.periodEnd)}</Table.Td>
                <Table.Td>
                  <RagBadge rag={report.overall.rag} />
                </Table.Td>
                {(["schedule", "cost", "scope", "risk"] as const).map((dimension) => (
                  <Table.Td key={dimension} visibleFrom="sm">
                    <RagBadge rag={report[dimension].rag} />
                    {report[dimension].override ? (
                      <Text
                        span
                        size="xs"
                        c="dimmed"
                        title={report[dimension].override?.justification}
                      >
                        {" "}
                        (data: {report[dimension].computed.rag})
                      </Text>
                    ) : null}
                  </Table.Td>
                ))}
                <Table.Td>
                  <TintedBadge color={STATE_COLORS[report.state]}>
                    {STATE_LABELS[report.state]}
                  </TintedBadge>
                  {report.state === "returned" && report.reviewComment ? (
                    <Text size="xs" c="dimmed">
                      {report.reviewComment}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Actions for status report ${report.number}`}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {items.map((item) => (
                        <Menu.Item key={item.label} onClick={() => item.run(report)}>
                          {item.label}
                        </Menu.Item>
                      ))}
                      <Menu.Item component="a" href={reportPdfHref(org, report)} download>
                        Download PDF
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
