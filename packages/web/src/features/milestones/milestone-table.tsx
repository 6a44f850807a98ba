import { Table, Text } from "@mantine/core";
import type { PortfolioMilestone } from "@orrery/contracts/milestones";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { AnchorLink } from "../../shell/router-links.js";
import { formatWallDate } from "../plan/plan-format.js";
import {
  formatSlip,
  type MilestoneState,
  milestoneStatus,
  STATE_LABELS,
} from "./milestone-status.js";

const STATE_COLORS: Record<MilestoneState, string> = {
  complete: "green",
  overdue: "red",
  slipped: "orange",
  ahead: "blue",
  onTrack: "blue",
  noBaseline: "gray",
};

export interface MilestoneTableProps {
  readonly org: string;
  readonly milestones: readonly PortfolioMilestone[];
  readonly todayDate: string;
  readonly baseline: number;
}

/** The timeline's milestones as rows, in finish order, each a link to its project's plan. */
export function MilestoneTable({ org, milestones, todayDate, baseline }: MilestoneTableProps) {
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table
        className="data-table"
        highlightOnHover
        withTableBorder
        aria-label="Milestones"
        pos="relative"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Forecast</Table.Th>
            <Table.Th>Project</Table.Th>
            <Table.Th>Milestone</Table.Th>
            <Table.Th visibleFrom="sm">Baseline {baseline}</Table.Th>
            <Table.Th>Slip</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((milestone) => {
            const { state, slipDays } = milestoneStatus(milestone, todayDate);
            return (
              <Table.Tr key={`${milestone.projectId}:${milestone.uid}`}>
                <Table.Td className="nowrap">{formatWallDate(milestone.finish)}</Table.Td>
                <Table.Td>
                  <Text span ff="monospace" size="sm" fw={600} title={milestone.projectName}>
                    {milestone.projectKey}
                  </Text>
                </Table.Td>
                <Table.Td miw={180}>
                  <AnchorLink
                    to="/orgs/$org/projects/$projectId/plan"
                    params={{ org, projectId: milestone.projectId }}
                    size="sm"
                    fw={500}
                  >
                    {milestone.name}
                  </AnchorLink>
                  {milestone.critical ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      · critical
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className="nowrap" visibleFrom="sm">
                  {milestone.baselineFinish ? formatWallDate(milestone.baselineFinish) : "—"}
                </Table.Td>
                <Table.Td className="nowrap">{formatSlip(slipDays) || "—"}</Table.Td>
                <Table.Td>
                  <TintedBadge color={STATE_COLORS[state]}>{STATE_LABELS[state]}</TintedBadge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
