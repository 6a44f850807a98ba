import {
  Grid,
  Modal,
  MultiSelect,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { type Lesson, LessonCategory, LessonOrigin } from "@orrery/contracts/lessons";
import { useQuery } from "@tanstack/react-query";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { StaleEditNotice } from "../../forms/stale-edit-notice.js";
import { tasksQuery } from "../plan/queries.js";
import { useRaidList } from "../raid/queries.js";
import {
  emptyLessonForm,
  LESSON_FORM_FIELDS,
  type LessonFormValues,
  lessonChangesFrom,
  lessonCreateFrom,
  lessonFormFrom,
  validateLessonForm,
} from "./lesson-form-values.js";
import { CATEGORY_OPTIONS, ORIGIN_LABELS } from "./lesson-labels.js";
import { useLessonChanges } from "./queries.js";

const ORIGIN_OPTIONS = Object.entries<string>(ORIGIN_LABELS).map(([value, label]) => ({
  value,
  label,
}));
const half = { base: 12, xs: 6 };

export interface LessonFormModalProps {
  readonly org: string;
  readonly projectId: string;
  /** The lesson to edit, `"new"` for a new one, null when closed. */
  readonly target: Lesson | "new" | null;
  readonly onClose: () => void;
}

/** Record or edit a lesson of a project. Closing discards the form. */
export function LessonFormModal({ org, projectId, target, onClose }: LessonFormModalProps) {
  const isPhone = useMediaQuery("(max-width: 36em)", false);
  const title = target === null ? "" : target === "new" ? "New lesson" : `Edit ${target.title}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" fullScreen={isPhone}>
      {target ? (
        <LessonFormBody
          org={org}
          projectId={projectId}
          lesson={target === "new" ? null : target}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

interface LessonFormBodyProps {
  readonly org: string;
  readonly projectId: string;
  readonly lesson: Lesson | null;
  readonly onClose: () => void;
}

function LessonFormBody({ org, projectId, lesson, onClose }: LessonFormBodyProps) {
  const { create, update } = useLessonChanges(org, projectId);
  const mutation = lesson ? update : create;
  const form = useForm<LessonFormValues>({
    initialValues: lesson ? lessonFormFrom(lesson) : emptyLessonForm(),
    validate: validateLessonForm,
  });
  const risks = useRaidList(org, { projectId, type: "risk", sort: "-createdAt" });
  const tasks = useQuery(tasksQuery(org, projectId));
  const riskOptions = (risks.data?.pages ?? [])
    .flatMap((page) => page.items)
    .map((risk) => ({ value: risk.id, label: `${risk.ref} · ${risk.title}` }));
  const taskOptions = (tasks.data?.items ?? []).map((task) => ({
    value: String(task.uid),
    label: `${task.uid} · ${task.name}`,
  }));

  const saved = (result: Lesson, verb: string) => {
    notifications.show({ color: "green", message: `Lesson “${result.title}” ${verb}.` });
    onClose();
  };
  const showFieldErrors = (error: unknown) =>
    form.setErrors(fieldErrorsOf(error, LESSON_FORM_FIELDS));
  const submit = form.onSubmit((values) => {
    if (!lesson) {
      create.mutate(lessonCreateFrom(values), {
        onSuccess: (created) => saved(created, "recorded"),
        onError: showFieldErrors,
      });
      return;
    }
    update.mutate(
      { lesson, changes: lessonChangesFrom(lesson, values) },
      { onSuccess: (updated) => saved(updated, "saved"), onError: showFieldErrors },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={mutation.error} fields={LESSON_FORM_FIELDS}>
          <StaleEditNotice error={mutation.error} what="this lesson" onClose={onClose} />
        </FormProblem>
        <TextInput label="Title" required {...form.getInputProps("title")} />
        <Textarea
          label="What happened"
          required
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("whatHappened")}
        />
        <Textarea
          label="Effect"
          description="What it did to the schedule, cost, scope or people"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("effect")}
        />
        <Textarea
          label="Recommendation"
          description="What the next project should do"
          required
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("recommendation")}
        />
        <Grid gap="md">
          <Grid.Col span={half}>
            <Select
              label="Category"
              data={CATEGORY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps("category")}
              onChange={(value) => {
                const parsed = LessonCategory.safeParse(value);
                if (parsed.success) form.setFieldValue("category", parsed.data);
              }}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <Select
              label="Captured"
              data={ORIGIN_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps("origin")}
              onChange={(value) => {
                const parsed = LessonOrigin.safeParse(value);
                if (parsed.success) form.setFieldValue("origin", parsed.data);
              }}
            />
          </Grid.Col>
          <Grid.Col span={half}>
            <TextInput label="Phase" placeholder="e.g. Execute" {...form.getInputProps("phase")} />
          </Grid.Col>
          <Grid.Col span={half}>
            <TagsInput
              label="Tags"
              placeholder="Type and press Enter"
              splitChars={[","]}
              {...form.getInputProps("tags")}
            />
          </Grid.Col>
        </Grid>
        <MultiSelect
          label="Linked risks"
          placeholder={riskOptions.length ? "Pick risks of this project" : "No risks recorded"}
          data={riskOptions}
          searchable
          {...form.getInputProps("riskIds")}
        />
        <MultiSelect
          label="Linked tasks"
          placeholder={taskOptions.length ? "Pick tasks of the plan" : "The plan has no tasks"}
          data={taskOptions}
          searchable
          {...form.getInputProps("taskUids")}
        />
        <FormActions
          submitLabel={lesson ? "Save changes" : "Record lesson"}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
