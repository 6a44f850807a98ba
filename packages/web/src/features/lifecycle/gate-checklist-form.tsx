import { Checkbox, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { LifecycleGate, ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";
import { useLifecycleChanges } from "./queries.js";

interface ChecklistValues {
  items: {
    kind: "criterion" | "document";
    label: string;
    done: boolean;
    reference: string;
    /** Titles of the project documents attached as this deliverable (which supply it). */
    suppliedBy: string[];
  }[];
  plannedDate: string;
}

const NO_FIELDS = { labels: {} };

/**
 * The next gate's checklist. A required document is supplied by attaching a project document to
 * it (on the Documents page); one kept outside Orrery is ticked here with a link or reference to
 * where it lives.
 */
export function GateChecklistForm({
  org,
  lifecycle,
  gate,
  readOnly,
}: {
  readonly org: string;
  readonly lifecycle: ProjectLifecycle;
  readonly gate: LifecycleGate;
  readonly readOnly: boolean;
}) {
  const { update } = useLifecycleChanges(org, lifecycle.project.id);
  const form = useForm<ChecklistValues>({
    initialValues: {
      items: gate.checklist.map((item) => ({
        kind: item.kind,
        label: item.label,
        done: item.done,
        reference: item.reference ?? "",
        suppliedBy: item.documents.map((d) => d.title),
      })),
      plannedDate: gate.plannedDate ?? "",
    },
  });
  const submit = form.onSubmit((values) =>
    update.mutate({
      lifecycle,
      changes: {
        // Lines an attached document supplies are left as recorded: their tick shows the document.
        checklist: values.items
          .filter((item) => item.suppliedBy.length === 0)
          .map((item) => ({
            kind: item.kind,
            label: item.label,
            done: item.done,
            reference: item.reference.trim() || null,
          })),
        gateDates: [{ gate: gate.number, date: values.plannedDate || null }],
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Gate checklist">
      <Stack gap="sm">
        <FormProblem error={update.error} fields={NO_FIELDS} />
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <TextInput
              type="date"
              label="Planned date of this gate"
              description="Shown on the gate calendar until the review is requested"
              maw={260}
              {...form.getInputProps("plannedDate")}
            />
            {form.values.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                This gate has no criteria or required documents.
              </Text>
            ) : null}
            {form.values.items.map((item, index) => (
              <Stack key={`${item.kind}:${item.label}`} gap={4}>
                <Checkbox
                  label={item.kind === "document" ? `Document: ${item.label}` : item.label}
                  {...form.getInputProps(`items.${index}.done`, { type: "checkbox" })}
                  {...(item.suppliedBy.length > 0 ? { checked: true, disabled: true } : {})}
                />
                {item.suppliedBy.length > 0 ? (
                  <Text ml="xl" size="xs">
                    Supplied by the attached document {item.suppliedBy.join(", ")}
                  </Text>
                ) : item.kind === "document" ? (
                  <TextInput
                    ml="xl"
                    size="xs"
                    label={`Where "${item.label}" lives`}
                    placeholder="Link or reference"
                    maxLength={500}
                    {...form.getInputProps(`items.${index}.reference`)}
                  />
                ) : null}
              </Stack>
            ))}
          </Stack>
        </fieldset>
        {readOnly ? null : <FormActions submitLabel="Save checklist" pending={update.isPending} />}
      </Stack>
    </form>
  );
}
