import { Button, Group, Modal, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import type { ChangeRequest, ChangeRequestCreate } from "@orrery/contracts/change-requests";
import type { Project } from "@orrery/contracts/projects";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { tasksQuery } from "../plan/queries.js";
import { toMinorUnits } from "../projects/money.js";
import { useChangeRequestActions } from "./queries.js";
import { ScheduleChangeLines } from "./schedule-change-lines.js";
import { type ChangeProblem, type ScheduleChange, toOperations } from "./schedule-changes.js";

const FIELDS = {
  labels: {
    title: "Title",
    description: "Change",
    reason: "Reason",
    scopeImpact: "Scope impact",
    costDeltaMinor: "Cost impact",
    riskImpact: "Risk impact",
    operations: "Schedule change",
  },
};

/** Raising a change request: what, why, and its impact on scope, schedule, cost and risk. */
export function ChangeRequestFormModal({
  org,
  project,
  opened,
  onClose,
  onCreated,
}: {
  readonly org: string;
  readonly project: Project;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreated: (request: ChangeRequest) => void;
}) {
  const { create } = useChangeRequestActions(org, project.id);
  const plan = useQuery({ ...tasksQuery(org, project.id), enabled: opened });
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [reason, setReason] = useState("");
  const [scopeImpact, setScopeImpact] = useState("");
  const [cost, setCost] = useState<number | "">("");
  const [riskImpact, setRiskImpact] = useState("");
  const [changes, setChanges] = useState<ScheduleChange[]>([]);
  const [problems, setProblems] = useState<ChangeProblem[]>([]);
  const [titleMissing, setTitleMissing] = useState(false);
  const errors = fieldErrorsOf(create.error, FIELDS);
  const tasks = (plan.data?.items ?? [])
    .filter((task) => !task.summary)
    .map((task) => ({ value: String(task.uid), label: `${task.wbs} ${task.name}` }));
  const currency = project.budget?.currency ?? null;

  const reset = () => {
    setTitle("");
    setDescription("");
    setReason("");
    setScopeImpact("");
    setCost("");
    setRiskImpact("");
    setChanges([]);
    setProblems([]);
    setTitleMissing(false);
    create.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = () => {
    const minutesPerDay = plan.data?.plan.minutesPerDay ?? 480;
    const nextUid = Math.max(0, ...(plan.data?.items ?? []).map((task) => task.uid)) + 1;
    const built = toOperations(changes, minutesPerDay, nextUid);
    setProblems(built.ok ? [] : built.problems);
    setTitleMissing(title.trim() === "");
    if (!built.ok || title.trim() === "") return;
    const input: ChangeRequestCreate = {
      title,
      description,
      reason,
      scopeImpact,
      riskImpact,
      costDeltaMinor: cost === "" || currency === null ? null : toMinorUnits(cost, currency),
      operations: built.operations,
    };
    create.mutate(input, {
      onSuccess: (created) => {
        reset();
        onCreated(created);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={close} title="New change request" size="xl">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <FormProblem error={create.error} fields={FIELDS} />
          <TextInput
            label="Title"
            required
            value={title}
            error={titleMissing ? "Title is required" : errors.title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Textarea
            label="Change"
            description="What is to change"
            autosize
            minRows={2}
            value={description}
            error={errors.description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <Textarea
            label="Reason"
            description="Why the change is needed"
            autosize
            minRows={2}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Textarea
            label="Scope impact"
            autosize
            minRows={1}
            value={scopeImpact}
            error={errors.scopeImpact}
            onChange={(event) => setScopeImpact(event.currentTarget.value)}
          />
          <NumberInput
            label={currency ? `Cost impact (${currency})` : "Cost impact"}
            description={
              currency
                ? "Change to the budget; negative for a saving"
                : "The project has no budget, so no cost impact can be recorded"
            }
            disabled={currency === null}
            decimalScale={2}
            value={cost}
            error={errors.costDeltaMinor}
            onChange={(value) => setCost(typeof value === "number" ? value : "")}
          />
          <Textarea
            label="Risk impact"
            autosize
            minRows={1}
            value={riskImpact}
            error={errors.riskImpact}
            onChange={(event) => setRiskImpact(event.currentTarget.value)}
          />
          <ScheduleChangeLines
            changes={changes}
            onChange={setChanges}
            tasks={tasks}
            problems={problems}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Raise change request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
