import { Button, Card, List, Stack, Table, Text, Title } from "@mantine/core";
import type { RagAssessment, RagDimension, RagFinding } from "@orrery/contracts/status-reports";
import { useState } from "react";
import { RagBadge } from "./rag-badge.js";

export const DIMENSION_LABELS: Record<RagDimension | "overall", string> = {
  overall: "Overall",
  schedule: "Schedule",
  cost: "Cost",
  scope: "Scope",
  risk: "Risk",
};

/** Why a green dimension is green, where "nothing measured" must not pass for "all is well". */
function greenNote(dimension: RagDimension, assessment: RagAssessment): string {
  const { signals } = assessment;
  switch (dimension) {
    case "schedule":
      if (signals.finishFloatDays === null) return "No plan to measure yet.";
      return signals.milestones.length === 0
        ? "No float is negative. No milestone has a baseline to slip against."
        : `${signals.milestones.length} milestone(s) within tolerance of baseline 0; no float is negative.`;
    case "cost":
      return signals.costForecastMinor === null
        ? "Not measured: the plan carries no costs to forecast from."
        : "The cost forecast is within the budget's tolerance.";
    case "scope":
      return "No scope change request awaits a decision.";
    case "risk":
      return `${signals.openThreats.length} open threat(s), none unanswered above the tolerance; nothing overdue.`;
  }
}

/** Reasons shown before "Show all": a slipping programme can list dozens of milestones. */
const FIRST_REASONS = 3;

function Reasons({ finding }: { readonly finding: RagFinding }) {
  const [all, setAll] = useState(false);
  const shown = all ? finding.reasons : finding.reasons.slice(0, FIRST_REASONS);
  const hidden = finding.reasons.length - shown.length;
  return (
    <>
      <List size="sm" spacing={2}>
        {shown.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      {hidden > 0 ? (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setAll(true)}>
          Show {hidden} more
        </Button>
      ) : null}
    </>
  );
}

/** The colours the data gives now, each with the reason for it: what a report starts from. */
export function RagAssessmentCard({ assessment }: { readonly assessment: RagAssessment }) {
  const dimensions: readonly RagDimension[] = ["schedule", "cost", "scope", "risk"];
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          What the data says now
        </Title>
        <Table aria-label="Colours computed from the project's data" verticalSpacing="xs">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={110}>
                Overall
              </Table.Th>
              <Table.Td w={90}>
                <RagBadge rag={assessment.overall.rag} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  The worst of the four below.
                </Text>
              </Table.Td>
            </Table.Tr>
            {dimensions.map((dimension) => {
              const finding = assessment[dimension];
              return (
                <Table.Tr key={dimension}>
                  <Table.Th scope="row">{DIMENSION_LABELS[dimension]}</Table.Th>
                  <Table.Td>
                    <RagBadge rag={finding.rag} />
                  </Table.Td>
                  <Table.Td>
                    {finding.rag === "green" ? (
                      <Text size="sm" c="dimmed">
                        {greenNote(dimension, assessment)}
                      </Text>
                    ) : (
                      <Reasons finding={finding} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
