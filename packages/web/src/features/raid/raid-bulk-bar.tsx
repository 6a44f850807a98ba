import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type RaidBulkPatch, type RaidItem, RaidStatus } from "@orrery/contracts/raid";
import { IconChecks, IconCircleCheck, IconPencil, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem } from "../../forms/form-problem.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useRaidBulkEdit } from "./queries.js";
import {
  bulkPatchFrom,
  emptyBulkForm,
  type RaidBulkFormValues,
  undatedItems,
} from "./raid-bulk-values.js";
import { RAID_STATUS_LABELS } from "./raid-labels.js";
import { bulkRequestOf } from "./raid-selection.js";

export interface RaidBulkBarProps {
  readonly org: string;
  /** The project whose log this is; absent on the portfolio's view (edits across projects). */
  readonly projectId?: string;
  readonly items: readonly RaidItem[];
  /**
   * The categories to choose from: the template's, or null for free text. Undefined hides the
   * category (across projects each has its own list).
   */
  readonly categories?: readonly string[] | null;
  readonly onClear: () => void;
}

const BULK_FIELDS = {
  labels: {
    "set.ownerId": "Owner",
    "set.status": "Status",
    "set.category": "Category",
    "set.dueDate": "Due date",
  },
};
const KEEP = ":keep";
const CLEAR = ":clear";

/**
 * What to do with the selected rows: close them, mark them reviewed, or set owner, status,
 * category and due date in a dialog. One request for all of them; a stale one refuses all.
 */
export function RaidBulkBar({ org, projectId, items, categories, onClear }: RaidBulkBarProps) {
  const bulk = useRaidBulkEdit(org, projectId);
  const [editing, setEditing] = useState(false);
  const count = items.length;
  const noun = count === 1 ? "item" : "items";
  const run = (set: RaidBulkPatch, done: string) =>
    bulk.mutate(bulkRequestOf(items, set), {
      onSuccess: () => {
        notifications.show({ color: "green", message: `${count} ${noun} ${done}.` });
        onClear();
        setEditing(false);
      },
      onError: (error) => {
        if (editing) return;
        const message = describeProblem(error);
        notifications.show({ color: "red", title: message.title, message: message.detail });
      },
    });
  return (
    <Paper withBorder p="xs" mb="sm" role="region" aria-label="Selected items">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600} aria-live="polite">
          {count} {noun} selected
        </Text>
        <Button
          size="xs"
          leftSection={<IconCircleCheck size={16} aria-hidden />}
          loading={bulk.isPending && !editing}
          onClick={() => run({ status: "closed" }, "closed")}
        >
          Close selected
        </Button>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconChecks size={16} aria-hidden />}
          onClick={() => run({}, "marked reviewed")}
        >
          Mark reviewed
        </Button>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => {
            bulk.reset();
            setEditing(true);
          }}
        >
          Edit selected…
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="gray"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={onClear}
        >
          Clear selection
        </Button>
      </Group>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`Edit ${count} selected ${noun}`}
      >
        {editing ? (
          <BulkEditForm
            org={org}
            items={items}
            categories={categories}
            pending={bulk.isPending}
            error={bulk.error}
            onSubmit={(set) => run(set, "updated")}
            onCancel={() => setEditing(false)}
          />
        ) : null}
      </Modal>
    </Paper>
  );
}

interface BulkEditFormProps {
  readonly org: string;
  readonly items: readonly RaidItem[];
  readonly categories: readonly string[] | null | undefined;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (set: RaidBulkPatch) => void;
  readonly onCancel: () => void;
}

function BulkEditForm(props: BulkEditFormProps) {
  const { org, items, categories, pending, error, onSubmit, onCancel } = props;
  const members = useMembers(org);
  const form = useForm<RaidBulkFormValues>({ initialValues: emptyBulkForm() });
  const v = form.values;
  const people = personOptions(members.data ?? []);
  const undated = undatedItems(items);
  const ownerValue =
    v.ownerChange === "set" ? (v.ownerId ?? KEEP) : v.ownerChange === "clear" ? CLEAR : KEEP;
  const categoryValue =
    v.categoryChange === "set" ? v.category : v.categoryChange === "clear" ? CLEAR : KEEP;
  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(bulkPatchFrom(values)))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Fields left unchanged keep each item's own value.
        </Text>
        <FormProblem error={error} fields={BULK_FIELDS} />
        <Select
          label="Owner"
          data={[
            { value: KEEP, label: "Leave unchanged" },
            { value: CLEAR, label: "Nobody" },
            ...people,
          ]}
          searchable
          allowDeselect={false}
          value={ownerValue}
          onChange={(value) => {
            if (value === KEEP || value === null)
              form.setValues({ ownerChange: "keep", ownerId: null });
            else if (value === CLEAR) form.setValues({ ownerChange: "clear", ownerId: null });
            else form.setValues({ ownerChange: "set", ownerId: value });
          }}
          data-autofocus
        />
        <Select
          label="Status"
          data={[
            { value: KEEP, label: "Leave unchanged" },
            ...Object.entries(RAID_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
          allowDeselect={false}
          value={v.status ?? KEEP}
          onChange={(value) => {
            const status = RaidStatus.safeParse(value);
            form.setFieldValue("status", status.success ? status.data : null);
          }}
        />
        {categories === undefined ? null : categories === null ? (
          <TextInput
            label="Category"
            description="Leave empty to keep each item's category"
            value={v.categoryChange === "set" ? v.category : ""}
            onChange={(event) => {
              const text = event.currentTarget.value;
              form.setValues({ categoryChange: text.trim() ? "set" : "keep", category: text });
            }}
          />
        ) : (
          <Select
            label="Category"
            data={[
              { value: KEEP, label: "Leave unchanged" },
              { value: CLEAR, label: "No category" },
              ...categories.map((c) => ({ value: c, label: c })),
            ]}
            allowDeselect={false}
            value={categoryValue}
            onChange={(value) => {
              if (value === KEEP || value === null)
                form.setValues({ categoryChange: "keep", category: "" });
              else if (value === CLEAR) form.setValues({ categoryChange: "clear", category: "" });
              else form.setValues({ categoryChange: "set", category: value });
            }}
          />
        )}
        <Select
          label="Due date"
          data={[
            { value: "keep", label: "Leave unchanged" },
            { value: "set", label: "Set to a date" },
            { value: "clear", label: "Clear it" },
          ]}
          allowDeselect={false}
          value={v.dueDateChange}
          onChange={(value) =>
            form.setFieldValue(
              "dueDateChange",
              value === "set" || value === "clear" ? value : "keep",
            )
          }
        />
        {v.dueDateChange === "set" ? (
          <DateInput
            label="New due date"
            valueFormat="D MMM YYYY"
            placeholder="Pick a date"
            {...form.getInputProps("dueDate")}
          />
        ) : null}
        {v.dueDateChange !== "keep" && undated.length > 0 ? (
          <Alert color="yellow" variant="light">
            A due date does not apply to {undated.map((i) => i.ref).join(", ")}; unselect them or
            leave the due date unchanged.
          </Alert>
        ) : null}
        <FormActions submitLabel="Apply to all" pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
