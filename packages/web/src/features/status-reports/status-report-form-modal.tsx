import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { RagAssessment, StatusReport } from "@orrery/contracts/status-reports";
import { problemStatus } from "../../api/api-problem.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { useStatusReportChanges } from "./queries.js";
import { DIMENSION_LABELS } from "./rag-assessment-card.js";
import { RAG_LABELS, RagBadge } from "./rag-badge.js";
import {
  COLOURS,
  type Colour,
  emptyStatusReportForm,
  STATUS_REPORT_FORM_FIELDS,
  type StatusReportFormValues,
  statusReportCreateFrom,
  statusReportFormFrom,
  statusReportUpdateFrom,
  validateStatusReportForm,
} from "./status-report-form-values.js";

export interface StatusReportFormModalProps {
  readonly org: string;
  readonly projectId: string;
  /** The data's colours now: what each override stands against. */
  readonly assessment: RagAssessment;
  /** The report to edit, `"new"` for a new draft, or null when closed. */
  readonly target: StatusReport | "new" | null;
  readonly today: string;
  readonly onClose: () => void;
}

/** Write or edit a report: the narrative, and any colour set against the data's with a reason. */
export function StatusReportFormModal(props: StatusReportFormModalProps) {
  const { target, onClose } = props;
  const isPhone = useMediaQuery("(max-width: 36em)", false);
  const title =
    target === null
      ? ""
      : target === "new"
        ? "New status report"
        : `Edit status report ${target.number}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="xl" fullScreen={isPhone}>
      {target ? <FormBody {...props} report={target === "new" ? null : target} /> : null}
    </Modal>
  );
}

function FormBody({
  org,
  projectId,
  assessment,
  report,
  today,
  onClose,
}: StatusReportFormModalProps & { readonly report: StatusReport | null }) {
  const { create, update } = useStatusReportChanges(org, projectId);
  const mutation = report ? update : create;
  const form: UseFormReturnType<StatusReportFormValues> = useForm<StatusReportFormValues>({
    initialValues: report ? statusReportFormFrom(report) : emptyStatusReportForm(today),
    validate: validateStatusReportForm,
  });
  const failed = (error: unknown) =>
    form.setErrors(fieldErrorsOf(error, STATUS_REPORT_FORM_FIELDS));
  const saved = (result: StatusReport) => {
    notifications.show({
      color: "green",
      message: `Status report ${result.number} saved as a draft.`,
    });
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (report) {
      update.mutate(
        { report, changes: statusReportUpdateFrom(values) },
        { onSuccess: saved, onError: failed },
      );
    } else {
      create.mutate(statusReportCreateFrom(values), { onSuccess: saved, onError: failed });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={mutation.error} fields={STATUS_REPORT_FORM_FIELDS}>
          {problemStatus(mutation.error) === 412 ? (
            <Text size="sm" mt="xs">
              Someone changed this report meanwhile. Close it and open it again to see their
              changes.
            </Text>
          ) : null}
        </FormProblem>
        <DateInput
          label="Report date"
          description="The day this report speaks for"
          valueFormat="D MMM YYYY"
          required
          w={220}
          {...form.getInputProps("periodEnd")}
        />
        <Textarea
          label="Summary"
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("summary")}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Textarea
            label="Achievements"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps("achievements")}
          />
          <Textarea
            label="Next steps"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps("nextSteps")}
          />
          <Textarea
            label="Decisions needed"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps("decisionsNeeded")}
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            Colours
          </Text>
          <Text size="sm" c="dimmed">
            Each colour comes from the data. Set another only when you know better, and say why:
            both are kept and the PMO sees them side by side.
          </Text>
          {COLOURS.map((colour) => (
            <OverrideRow
              key={colour}
              colour={colour}
              form={form}
              computed={assessment[colour].rag}
            />
          ))}
        </Stack>
        <FormActions
          submitLabel={report ? "Save draft" : "Save as draft"}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

function OverrideRow({
  colour,
  form,
  computed,
}: {
  readonly colour: Colour;
  readonly form: UseFormReturnType<StatusReportFormValues>;
  readonly computed: RagAssessment["overall"]["rag"];
}) {
  const chosen = form.getValues().overrides[colour].rag;
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" w={80} fw={500} id={`override-${colour}`}>
          {DIMENSION_LABELS[colour]}
        </Text>
        <RagBadge rag={computed} />
        <SegmentedControl
          size="xs"
          aria-labelledby={`override-${colour}`}
          data={[
            { value: "", label: "As computed" },
            ...(["green", "amber", "red"] as const).map((rag) => ({
              value: rag,
              label: RAG_LABELS[rag],
            })),
          ]}
          {...form.getInputProps(`overrides.${colour}.rag`)}
        />
      </Group>
      {chosen !== "" ? (
        <Textarea
          label={`Why ${DIMENSION_LABELS[colour].toLowerCase()} is ${RAG_LABELS[chosen].toLowerCase()}`}
          required
          autosize
          minRows={2}
          {...form.getInputProps(`overrides.${colour}.justification`)}
        />
      ) : null}
      {chosen !== "" && chosen === computed ? (
        <Button
          variant="subtle"
          size="compact-xs"
          w="fit-content"
          onClick={() => form.setFieldValue(`overrides.${colour}.rag`, "")}
        >
          Same as computed: remove the override
        </Button>
      ) : null}
    </Stack>
  );
}
