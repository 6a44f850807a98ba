import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { GateReview } from "@orrery/contracts/lifecycle";
import { REPORT_DIMENSIONS } from "@orrery/core/governance/reported-rag";
import { formatCalendarDate } from "../../format/date-format.js";
import { AnchorLink } from "../../shell/router-links.js";
import { DIMENSION_LABELS } from "../status-reports/rag-assessment-card.js";
import { RagBadge } from "../status-reports/rag-badge.js";

/** The project's latest submitted status report, which reviewers weigh beside the criteria. */
export function GateStatusReportCard({
  org,
  review,
}: {
  readonly org: string;
  readonly review: GateReview;
}) {
  const report = review.latestStatusReport;
  return (
    <Card withBorder component="section" aria-labelledby="latest-report-title">
      <Title order={2} size="h4" id="latest-report-title" mb="sm">
        Latest status report
      </Title>
      {report === null ? (
        <Text size="sm" c="dimmed">
          {review.project.key} has no submitted status report yet.
        </Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text size="sm" fw={500}>
              Report {report.number} · period ending {formatCalendarDate(report.periodEnd)}
            </Text>
            <Text span size="sm">
              Overall
            </Text>
            <RagBadge rag={report.overall.rag} />
          </Group>
          <Group gap="md">
            {REPORT_DIMENSIONS.map((dimension) => (
              <Group key={dimension} gap={4}>
                <Text span size="sm">
                  {DIMENSION_LABELS[dimension]}
                </Text>
                <RagBadge rag={report[dimension].rag} />
              </Group>
            ))}
          </Group>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {report.summary || "No summary written."}
          </Text>
          <AnchorLink
            size="sm"
            to="/orgs/$org/projects/$projectId/status-reports"
            params={{ org, projectId: review.project.id }}
          >
            All status reports of {review.project.key}
          </AnchorLink>
        </Stack>
      )}
    </Card>
  );
}
