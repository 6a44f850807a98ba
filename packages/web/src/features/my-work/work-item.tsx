import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import type { MyWorkTask } from "@orrery/contracts/my-work";
import { useEffect, useRef, useState } from "react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { AnchorLink } from "../../shell/router-links.js";
import { formatDuration, formatWallDate } from "../plan/plan-format.js";
import { ProgressForm } from "./progress-form.js";

export interface WorkItemProps {
  readonly org: string;
  readonly task: MyWorkTask;
}

/** One assigned task: where it belongs, when it is due, how far it is; progress recorded inline. */
export function WorkItem({ org, task }: WorkItemProps) {
  const [recording, setRecording] = useState(false);
  // Closing the form puts the keyboard back on the button that opened it.
  const button = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (recording || !closed.current) return;
    closed.current = false;
    button.current?.focus();
  }, [recording]);
  const remaining =
    task.remainingDurationMinutes === null
      ? null
      : formatDuration(task.remainingDurationMinutes, "days", false, task);
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={task.name}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              <Text span ff="monospace" fw={600}>
                {task.projectKey}
              </Text>{" "}
              · {task.projectName}
            </Text>
            <AnchorLink
              to="/orgs/$org/projects/$projectId/plan"
              params={{ org, projectId: task.projectId }}
              fw={600}
            >
              {task.name}
            </AnchorLink>
          </Stack>
          <Group gap={6}>
            {task.late ? <TintedBadge color="red">Late</TintedBadge> : null}
            <TintedBadge color={task.percentComplete >= 100 ? "green" : "blue"}>
              {`${+task.percentComplete.toFixed(1)}% complete`}
            </TintedBadge>
          </Group>
        </Group>
        <Text size="sm">
          {task.start ? `${formatWallDate(task.start)} – ` : ""}
          {formatWallDate(task.finish)}
          {task.actualStart ? ` · started ${formatWallDate(task.actualStart)}` : ""}
          {task.actualFinish ? ` · finished ${formatWallDate(task.actualFinish)}` : ""}
          {remaining ? ` · ${remaining} remaining` : ""}
        </Text>
        {recording ? (
          <ProgressForm
            org={org}
            task={task}
            onDone={() => {
              closed.current = true;
              setRecording(false);
            }}
          />
        ) : (
          <Group>
            <Button
              ref={button}
              size="xs"
              variant="light"
              onClick={() => setRecording(true)}
              aria-label={`Record progress on ${task.name}`}
            >
              Record progress
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
