import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import {
  blankChange,
  type ChangeProblem,
  SCHEDULE_CHANGE_KINDS,
  SCHEDULE_CHANGE_LABELS,
  type ScheduleChange,
  type ScheduleChangeKind,
} from "./schedule-changes.js";

export interface TaskOption {
  readonly value: string;
  readonly label: string;
}

/** The lines of a request's schedule change: durations, dependencies and tasks to add. */
export function ScheduleChangeLines({
  changes,
  onChange,
  tasks,
  problems,
}: {
  readonly changes: readonly ScheduleChange[];
  readonly onChange: (changes: ScheduleChange[]) => void;
  readonly tasks: readonly TaskOption[];
  readonly problems: readonly ChangeProblem[];
}) {
  const errorOf = (line: number, field: string) =>
    problems.find((p) => p.line === line && p.field === field)?.message;
  const replace = (line: number, next: ScheduleChange) =>
    onChange(changes.map((change, i) => (i === line ? next : change)));
  const add = (kind: ScheduleChangeKind) =>
    onChange([...changes, blankChange(kind, Math.max(0, ...changes.map((c) => c.id)) + 1)]);
  const data = [...tasks];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Schedule change
      </Text>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          The project has no plan yet, so this request proposes no schedule change.
        </Text>
      ) : null}
      {changes.map((change, line) => {
        const n = line + 1;
        const remove = (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove schedule change ${n}`}
            onClick={() => onChange(changes.filter((_, i) => i !== line))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        );
        const task = (
          label: string,
          field: string,
          value: string | null,
          onPick: (uid: string | null) => void,
          flex = 1,
        ) => (
          <Select
            label={`${label} ${n}`}
            placeholder={field === "afterUid" ? "No predecessor" : "Choose a task"}
            data={data}
            searchable
            clearable={field === "afterUid"}
            value={value}
            error={errorOf(line, field)}
            onChange={onPick}
            style={{ flex }}
          />
        );
        const days = (label: string, value: number | "", onEnter: (days: number | "") => void) => (
          <NumberInput
            label={`${label} ${n} (days)`}
            min={0}
            decimalScale={2}
            value={value}
            error={errorOf(line, "days")}
            onChange={(entered) => onEnter(toDays(entered))}
            style={{ flex: 1 }}
          />
        );
        return (
          <Group key={change.id} align="flex-end" gap="xs" wrap="nowrap">
            {change.kind === "duration" ? (
              <>
                {task(
                  "Task",
                  "taskUid",
                  change.taskUid,
                  (taskUid) => replace(line, { ...change, taskUid }),
                  2,
                )}
                {days("New duration", change.days, (d) => replace(line, { ...change, days: d }))}
              </>
            ) : change.kind === "dependency" ? (
              <>
                {task("Predecessor", "predecessorUid", change.predecessorUid, (predecessorUid) =>
                  replace(line, { ...change, predecessorUid }),
                )}
                {task("Successor", "successorUid", change.successorUid, (successorUid) =>
                  replace(line, { ...change, successorUid }),
                )}
              </>
            ) : (
              <>
                <TextInput
                  label={`New task ${n}`}
                  value={change.name}
                  error={errorOf(line, "name")}
                  onChange={(event) =>
                    replace(line, { ...change, name: event.currentTarget.value })
                  }
                  style={{ flex: 2 }}
                />
                {days("Duration", change.days, (d) => replace(line, { ...change, days: d }))}
                {task(
                  "After",
                  "afterUid",
                  change.afterUid,
                  (afterUid) => replace(line, { ...change, afterUid }),
                  2,
                )}
              </>
            )}
            {remove}
          </Group>
        );
      })}
      {tasks.length > 0 ? (
        <Group gap="xs">
          {SCHEDULE_CHANGE_KINDS.map((kind) => (
            <Button
              key={kind}
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => add(kind)}
            >
              {SCHEDULE_CHANGE_LABELS[kind]}
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}

function toDays(value: number | string): number | "" {
  return typeof value === "number" ? value : value.trim() === "" ? "" : Number(value);
}
