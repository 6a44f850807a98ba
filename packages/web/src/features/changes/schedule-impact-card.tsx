import { Alert, Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import type { ScheduleImpact } from "@orrery/contracts/change-requests";
import { IconAlertTriangle, IconArrowRight } from "@tabler/icons-react";
import { formatWallDate } from "../plan/plan-format.js";
import { formatDayDelta } from "./change-labels.js";

/** What the proposed plan edits do to the schedule, as the engine computed it. */
export function ScheduleImpactCard({
  impact,
  planChanged,
}: {
  readonly impact: ScheduleImpact;
  readonly planChanged: boolean;
}) {
  const slips = (impact.finishDeltaWorkingDays ?? 0) > 0;
  return (
    <Card withBorder padding="md" aria-labelledby="schedule-impact-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="schedule-impact-title">
          Schedule impact
        </Title>
        {planChanged ? (
          <Alert
            color="blue"
            variant="light"
            title="The plan changed since the impact was computed"
          >
            Recomputed now against plan version {impact.planVersion}.
          </Alert>
        ) : null}
        {impact.problem ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            These plan edits no longer apply to the plan: {impact.problem}
          </Alert>
        ) : (
          <>
            <Group gap="xs" aria-label="Project finish">
              <Text size="sm">Project finish</Text>
              <Text size="sm" fw={600}>
                {formatWallDate(impact.finishBefore) || "—"}
              </Text>
              <IconArrowRight size={16} aria-label="becomes" />
              <Text size="sm" fw={600}>
                {formatWallDate(impact.finishAfter) || "—"}
              </Text>
              <Text size="sm" fw={700} c={slips ? "red.9" : "green.9"}>
                ({formatDayDelta(impact.finishDeltaWorkingDays)})
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {impact.movedTaskCount} task{impact.movedTaskCount === 1 ? "" : "s"} move
              {impact.movedTaskCount === 1 ? "s" : ""}
              {impact.addedTaskCount > 0 ? `; ${impact.addedTaskCount} added` : ""}.
            </Text>
            {impact.movedTasks.length > 0 ? (
              <Table striped withTableBorder aria-label="Tasks whose finish moves">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Task</Table.Th>
                    <Table.Th>Finish before</Table.Th>
                    <Table.Th>Finish after</Table.Th>
                    <Table.Th>Change</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {impact.movedTasks.map((task) => (
                    <Table.Tr key={task.uid}>
                      <Table.Td>{task.name}</Table.Td>
                      <Table.Td>{formatWallDate(task.finishBefore)}</Table.Td>
                      <Table.Td>{formatWallDate(task.finishAfter)}</Table.Td>
                      <Table.Td>{formatDayDelta(task.deltaWorkingDays)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
            <CriticalChanges title="Become critical" tasks={impact.becameCritical} />
            <CriticalChanges title="Leave the critical path" tasks={impact.leftCritical} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function CriticalChanges({
  title,
  tasks,
}: {
  readonly title: string;
  readonly tasks: readonly { uid: number; name: string }[];
}) {
  if (tasks.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm">
        {tasks.map((task) => (
          <List.Item key={task.uid}>{task.name}</List.Item>
        ))}
      </List>
    </div>
  );
}
