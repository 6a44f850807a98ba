import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { ProjectReview } from "@orrery/contracts/project-review";
import { IconBulb } from "@tabler/icons-react";
import { problemStatus } from "../../api/api-problem.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ButtonLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { useProjectReview, useProjectReviewChanges } from "./queries.js";
import {
  pendingObservations,
  REVIEW_FORM_FIELDS,
  type ReviewFormValues,
  reviewFormFrom,
  reviewWriteFrom,
  validateReviewForm,
} from "./review-form-values.js";

/** Labels of each outcome's values (the contract's enums: ObjectivesOutcome, ScheduleOutcome…). */
const OUTCOMES = {
  objectives: {
    label: "Objectives",
    options: { met: "Met", partly_met: "Partly met", not_met: "Not met" },
  },
  schedule: {
    label: "Schedule",
    options: { early: "Finished early", on_time: "On time", late: "Late" },
  },
  cost: {
    label: "Cost",
    options: { under_budget: "Under budget", on_budget: "On budget", over_budget: "Over budget" },
  },
  scope: {
    label: "Scope",
    options: { as_planned: "As planned", reduced: "Reduced", expanded: "Expanded" },
  },
} as const;
type OutcomeField = keyof typeof OUTCOMES;
const STATUS_OPTIONS = [
  { value: "draft", label: "Draft" },
  { value: "completed", label: "Completed" },
];

/** The post-project review of a project: outcomes, observations, and lessons drawn from them. */
export function ProjectReviewPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const review = useProjectReview(org.slug, projectId);
  if (project.isPending || review.isPending)
    return <LoadingState label="Loading the review…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  if (review.isError)
    return <ErrorState error={review.error} onRetry={() => void review.refetch()} />;
  const p = project.data;
  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Post-project review" />}
        title={`Post-project review · ${p.name}`}
        description="How the project ended against what it set out to do, and what to keep and change next time."
        actions={
          <ButtonLink
            variant="default"
            to="/orgs/$org/projects/$projectId/lessons"
            params={{ org: org.slug, projectId: p.id }}
            leftSection={<IconBulb size={16} aria-hidden />}
          >
            Lessons
          </ButtonLink>
        }
      />
      <ReviewForm
        key={review.data.version ?? 0}
        org={org.slug}
        projectId={p.id}
        review={review.data}
        mayEdit={can("pir.edit", p.myRole)}
      />
    </>
  );
}

interface ReviewFormProps {
  readonly org: string;
  readonly projectId: string;
  readonly review: ProjectReview;
  readonly mayEdit: boolean;
}

function ReviewForm({ org, projectId, review, mayEdit }: ReviewFormProps) {
  const { save, generate } = useProjectReviewChanges(org, projectId);
  const form = useForm<ReviewFormValues>({
    initialValues: reviewFormFrom(review),
    validate: validateReviewForm,
  });
  const pending = pendingObservations(review);
  const submit = form.onSubmit((values) =>
    save.mutate(
      { review: reviewWriteFrom(values), version: review.version },
      {
        onSuccess: () => notifications.show({ color: "green", message: "Review saved." }),
        onError: (error) => form.setErrors(fieldErrorsOf(error, REVIEW_FORM_FIELDS)),
      },
    ),
  );
  const outcome = (field: OutcomeField) => {
    const { label, options } = OUTCOMES[field];
    return (
      <Grid.Col span={{ base: 12, sm: 6 }} key={field}>
        <Card withBorder padding="sm">
          <Stack gap="xs">
            <Select
              label={label}
              placeholder="Not assessed"
              data={Object.entries<string>(options).map(([value, text]) => ({
                value,
                label: text,
              }))}
              clearable
              disabled={!mayEdit}
              value={form.values[field]}
              error={form.errors[field]}
              onChange={(value) => form.setFieldValue(field, value)}
            />
            <Textarea
              label={`${label} notes`}
              autosize
              minRows={1}
              maxRows={5}
              readOnly={!mayEdit}
              {...form.getInputProps(`${field}Notes`)}
            />
          </Stack>
        </Card>
      </Grid.Col>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormProblem error={save.error} fields={REVIEW_FORM_FIELDS}>
          {problemStatus(save.error) === 412 ? (
            <Text size="sm" mt="xs">
              Someone saved the review meanwhile. Reload the page to see their changes.
            </Text>
          ) : null}
        </FormProblem>
        <section aria-labelledby="review-outcomes">
          <Title order={2} size="h4" id="review-outcomes" mb="xs">
            Outcomes
          </Title>
          <Grid gap="md">{(Object.keys(OUTCOMES) as OutcomeField[]).map(outcome)}</Grid>
        </section>
        <section aria-labelledby="review-observations">
          <Title order={2} size="h4" id="review-observations" mb="xs">
            Observations
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label="What went well"
                description="One observation per line: each can become a lesson"
                autosize
                minRows={4}
                maxRows={14}
                readOnly={!mayEdit}
                {...form.getInputProps("wentWell")}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label="What to improve"
                description="One observation per line: each can become a lesson"
                autosize
                minRows={4}
                maxRows={14}
                readOnly={!mayEdit}
                {...form.getInputProps("toImprove")}
              />
            </Grid.Col>
          </Grid>
        </section>
        {mayEdit ? (
          <Group justify="space-between" align="flex-end">
            <Select
              label="Status"
              data={STATUS_OPTIONS}
              allowDeselect={false}
              w={180}
              value={form.values.status}
              onChange={(value) => form.setFieldValue("status", value ?? "draft")}
            />
            <Group gap="xs">
              <Button
                variant="default"
                disabled={pending === 0 || form.isDirty()}
                loading={generate.isPending}
                onClick={() =>
                  generate.mutate(undefined, {
                    onSuccess: (result) =>
                      notifications.show({
                        color: "green",
                        message: `${result.created} lesson${result.created === 1 ? "" : "s"} recorded from the review.`,
                      }),
                  })
                }
              >
                Turn {pending} observation{pending === 1 ? "" : "s"} into lessons
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save review
              </Button>
            </Group>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Only the project's managers and the PMO write the review.
          </Text>
        )}
        {generate.isError ? (
          <Alert color="red" title="The lessons were not recorded">
            {generate.error.message}
          </Alert>
        ) : null}
        {form.isDirty() && pending > 0 ? (
          <Text size="sm" c="dimmed">
            Save the review before turning its observations into lessons.
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
