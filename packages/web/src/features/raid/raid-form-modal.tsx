import { Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { RaidItem, RaidType } from "@orrery/contracts/raid";
import { useQuery } from "@tanstack/react-query";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { StaleEditNotice } from "../../forms/stale-edit-notice.js";
import { LessonSuggestionsPanel } from "../lessons/lesson-suggestions.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { tasksQuery } from "../plan/queries.js";
import { useRaidChanges } from "./queries.js";
import { RaidFormFields } from "./raid-form-fields.js";
import {
  emptyRaidForm,
  RAID_FORM_FIELDS,
  type RaidFormValues,
  raidChangesFrom,
  raidCreateFrom,
  raidFormFrom,
  validateRaidForm,
} from "./raid-form-values.js";
import { RAID_TYPE_LABELS } from "./raid-labels.js";
import { taskOptions } from "./raid-task-options.js";

export interface RaidFormModalProps {
  readonly org: string;
  readonly projectId: string;
  /** Other projects of the organisation, for dependencies. */
  readonly projects: readonly { value: string; label: string }[];
  /** The template's categories, or null for free text. */
  readonly categories: readonly string[] | null;
  /** What to edit, or the type of a new item; null when the dialog is closed. */
  readonly target: { readonly item: RaidItem } | { readonly type: RaidType } | null;
  readonly onClose: () => void;
}

/** Record or edit a RAID item. Closing discards the form. */
export function RaidFormModal(props: RaidFormModalProps) {
  const { org, projectId, projects, categories, target, onClose } = props;
  const isPhone = useMediaQuery("(max-width: 36em)", false);
  const title =
    target === null
      ? ""
      : "item" in target
        ? `Edit ${target.item.ref} · ${target.item.title}`
        : `New ${RAID_TYPE_LABELS[target.type].one.toLowerCase()}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" fullScreen={isPhone}>
      {target ? (
        <RaidFormBody
          org={org}
          projectId={projectId}
          projects={projects}
          categories={categories}
          item={"item" in target ? target.item : null}
          initial={"item" in target ? raidFormFrom(target.item) : emptyRaidForm(target.type)}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

interface RaidFormBodyProps {
  readonly org: string;
  readonly projectId: string;
  readonly projects: readonly { value: string; label: string }[];
  readonly categories: readonly string[] | null;
  readonly item: RaidItem | null;
  readonly initial: RaidFormValues;
  readonly onClose: () => void;
}

function RaidFormBody(props: RaidFormBodyProps) {
  const { org, projectId, projects, categories, item, initial, onClose } = props;
  const members = useMembers(org);
  const plan = useQuery(tasksQuery(org, projectId));
  const tasks = taskOptions(plan.data?.items ?? [], item?.tasks ?? []);
  const { create, update } = useRaidChanges(org, projectId);
  const mutation = item ? update : create;
  const form = useForm<RaidFormValues>({ initialValues: initial, validate: validateRaidForm });
  const people = personOptions(members.data ?? [], [item?.owner ?? null]);

  const saved = (result: RaidItem, verb: string) => {
    notifications.show({ color: "green", message: `${result.ref} · ${result.title} ${verb}.` });
    onClose();
  };
  const showFieldErrors = (error: unknown) =>
    form.setErrors(fieldErrorsOf(error, RAID_FORM_FIELDS));

  const submit = form.onSubmit((values) => {
    if (!item) {
      create.mutate(raidCreateFrom(values), {
        onSuccess: (created) => saved(created, "recorded"),
        onError: showFieldErrors,
      });
      return;
    }
    const changes = raidChangesFrom(item, values);
    update.mutate(
      { item, changes },
      { onSuccess: (updated) => saved(updated, "saved"), onError: showFieldErrors },
    );
  });

  // While a new risk is written, lessons of past projects about the same thing are shown below.
  const [riskText] = useDebouncedValue(
    !item && form.values.type === "risk"
      ? `${form.values.title}\n${form.values.description}`.trim()
      : "",
    400,
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={mutation.error} fields={RAID_FORM_FIELDS}>
          <StaleEditNotice error={mutation.error} what="this item" onClose={onClose} />
        </FormProblem>
        <RaidFormFields
          form={form}
          people={people}
          projects={projects}
          categories={categories}
          tasks={tasks}
        />
        {riskText ? (
          <LessonSuggestionsPanel org={org} about={{ projectId, text: riskText }} />
        ) : null}
        <FormActions
          submitLabel={
            item ? "Save changes" : `Record ${RAID_TYPE_LABELS[initial.type].one.toLowerCase()}`
          }
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
