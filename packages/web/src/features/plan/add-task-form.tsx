import { Button, Group, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { useCreateTask } from "./queries.js";

const FIELDS = { labels: { name: "New task" } };

/** Adds a task at the end of the plan; its duration starts at MS Project's one estimated day. */
export function AddTaskForm({
  org,
  projectId,
}: {
  readonly org: string;
  readonly projectId: string;
}) {
  const [name, setName] = useState("");
  const create = useCreateTask(org, projectId);
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
