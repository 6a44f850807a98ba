import { Button, Group, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { createTask, invalidatePlan } from "./queries.js";
import type { PlanEditing } from "./use-plan-editing.js";

const FIELDS = { labels: { name: "New task" } };

/** Adds a task at the end of the plan, which Undo takes away again. */
export function AddTaskForm({
  org,
  projectId,
  editing,
}: {
  readonly org: string;
  readonly projectId: string;
  readonly editing: PlanEditing;
}) {
  const [name, setName] = useState("");
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (task: { name: string }) =>
      editing.track(`Add ${task.name}`, [{ op: "create", task }], () =>
        createTask(org, projectId, task),
      ),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    create.mutate({ name: trimmed }, { onSuccess: () => setName("") });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group gap="xs" align="flex-start">
        <TextInput
          aria-label="New task"
          placeholder="New task name"
          size="xs"
          w={260}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button
          type="submit"
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          loading={create.isPending}
          disabled={name.trim() === ""}
        >
          Add task
        </Button>
      </Group>
      <FormProblem error={create.error} fields={FIELDS} />
    </form>
  );
}
