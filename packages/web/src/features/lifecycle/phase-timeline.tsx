import { Group, Text, Timeline } from "@mantine/core";
import type { ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { IconCheck, IconCircleDashed, IconPlayerPlay } from "@tabler/icons-react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { reviewersText } from "../templates/template-labels.js";
import { GateStateBadge } from "./gate-state-badge.js";

/** The phases in order, those left behind ticked, the current one highlighted. */
export function PhaseTimeline({ lifecycle }: { readonly lifecycle: ProjectLifecycle }) {
  const passed = lifecycle.phases.filter((p) => p.progress === "passed").length;
  return (
    <Timeline active={passed} bulletSize={24} lineWidth={2} aria-label="Phases">
      {lifecycle.phases.map((phase) => (
        <Timeline.Item
          key={phase.number}
          bullet={
            phase.progress === "passed" ? (
              <IconCheck size={14} aria-hidden />
            ) : phase.progress === "current" ? (
              <IconPlayerPlay size={12} aria-hidden />
            ) : (
              <IconCircleDashed size={14} aria-hidden />
            )
          }
          title={
            <Group gap="xs">
              <Text fw={phase.progress === "current" ? 700 : 500}>
                {phase.number}. {phase.name}
              </Text>
              {phase.progress === "current" ? (
                <TintedBadge color="blue">Current</TintedBadge>
              ) : null}
            </Group>
          }
        >
          <Group gap="xs" mt={4}>
            <Text size="sm" c="dimmed">
              Gate {phase.gate.number}: {phase.gate.name}
              {phase.gate.plannedDate ? ` · planned ${phase.gate.plannedDate}` : ""}
            </Text>
            {phase.gate.state ? <GateStateBadge state={phase.gate.state} /> : null}
          </Group>
          <Text size="xs" c="dimmed">
            Decided by: {reviewersText(phase.gate.reviewerRoles)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
