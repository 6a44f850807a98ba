import { Grid, Modal, Radio, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { PromotionTarget } from "@orrery/contracts/lesson-promotions";
import type { Lesson } from "@orrery/contracts/lessons";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { StaleEditNotice } from "../../forms/stale-edit-notice.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { DefaultRiskRatingInputs } from "../templates/default-risk-rating-inputs.js";
import { useTemplates } from "../templates/queries.js";
import {
  type LessonPromotionValues,
  PROMOTION_FORM_FIELDS,
  promotionFormFrom,
  promotionRequestFrom,
  validatePromotionForm,
} from "./lesson-promotion-values.js";
import { usePromoteLesson } from "./queries.js";

export interface LessonPromotionModalProps {
  readonly org: string;
  /** The lesson to promote; null when closed. */
  readonly lesson: Lesson | null;
  readonly onClose: () => void;
}

/** Promote a lesson into a template, as a gate criterion or a default risk. */
export function LessonPromotionModal({ org, lesson, onClose }: LessonPromotionModalProps) {
  const isPhone = useMediaQuery("(max-width: 36em)", false);
  return (
    <Modal
      opened={lesson !== null}
      onClose={onClose}
      title={lesson ? `Promote “${lesson.title}” into a template` : ""}
      size="lg"
      fullScreen={isPhone}
    >
      {lesson ? <PromotionForm org={org} lesson={lesson} onClose={onClose} /> : null}
    </Modal>
  );
}

function PromotionForm({
  org,
  lesson,
  onClose,
}: {
  readonly org: string;
  readonly lesson: Lesson;
  readonly onClose: () => void;
}) {
  const templates = useTemplates(org);
  const promote = usePromoteLesson(org);
  const form = useForm<LessonPromotionValues>({
    initialValues: promotionFormFrom(lesson),
    validate: validatePromotionForm,
  });
  if (templates.isPending) return <LoadingState label="Loading the templates…" rows={3} />;
  if (templates.isError)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  const library = templates.data.items;
  const template = library.find((t) => t.id === form.values.templateId) ?? null;
  const gateOptions = (template?.phases ?? []).map((phase, index) => ({
    value: String(index + 1),
    label: `Gate ${index + 1}: ${phase.gate.name} (closes ${phase.name})`,
  }));
  const isCriterion = form.values.target === "gate_criterion";

  const submit = form.onSubmit((values) => {
    if (!template) return;
    promote.mutate(
      {
        lessonId: lesson.id,
        templateVersion: template.version,
        promotion: promotionRequestFrom(values),
      },
      {
        onSuccess: (promotion) => {
          notifications.show({
            color: "green",
            message: `${promotion.templateName} version ${promotion.templateVersion} published with the lesson.`,
          });
          onClose();
        },
        onError: (error) => form.setErrors(fieldErrorsOf(error, PROMOTION_FORM_FIELDS)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Promote the lesson">
      <Stack gap="md">
        <FormProblem error={promote.error} fields={PROMOTION_FORM_FIELDS}>
          <StaleEditNotice error={promote.error} what="this template" onClose={onClose} />
        </FormProblem>
        <Text size="sm" c="dimmed">
          Promoting publishes the template's next version. Projects keep the version they follow
          until someone moves them on.
        </Text>
        <Select
          label="Template"
          required
          data={library.map((t) => ({ value: t.id, label: `${t.name} (version ${t.version})` }))}
          searchable
          {...form.getInputProps("templateId")}
          onChange={(value) => {
            form.setFieldValue("templateId", value ?? "");
            form.setFieldValue("phase", "");
          }}
        />
        <Radio.Group
          label="Promote as"
          {...form.getInputProps("target")}
          onChange={(value) => {
            const parsed = PromotionTarget.safeParse(value);
            if (parsed.success) form.setFieldValue("target", parsed.data);
          }}
        >
          <Stack gap={6} mt={6}>
            <Radio value="gate_criterion" label="A criterion of a gate's checklist" />
            <Radio value="default_risk" label="A default risk of new projects" />
          </Stack>
        </Radio.Group>
        {isCriterion ? (
          <Select
            label="Gate"
            required
            placeholder={template ? "Choose the gate" : "Choose a template first"}
            data={gateOptions}
            disabled={!template}
            {...form.getInputProps("phase")}
          />
        ) : null}
        <TextInput
          label={isCriterion ? "Criterion" : "Risk title"}
          description={
            isCriterion
              ? "As the gate's checklist will read"
              : "As new projects' RAID logs will read"
          }
          required
          {...form.getInputProps("text")}
        />
        {isCriterion ? null : (
          <Grid gap="md">
            <DefaultRiskRatingInputs
              categories={template?.raidCategories ?? []}
              inputProps={(field) => form.getInputProps(field)}
              spans={{
                category: { base: 12, xs: 6 },
                probability: { base: 6, xs: 3 },
                impact: { base: 6, xs: 3 },
              }}
            />
          </Grid>
        )}
        <FormActions
          submitLabel={template ? `Publish version ${template.version + 1}` : "Publish"}
          pending={promote.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
