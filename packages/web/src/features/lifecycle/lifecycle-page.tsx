import {
  Alert,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  List,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { IconArrowRight, IconRoute } from "@tabler/icons-react";
import { problemStatus } from "../../api/api-problem.js";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { AnchorLink, ButtonLink } from "../../shell/router-links.js";
import { GateReviewHistory } from "../gates/gate-review-history.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { CADENCE_LABELS, reviewersText } from "../templates/template-labels.js";
import { ApplyTemplateForm } from "./apply-template-form.js";
import { GateChecklistForm } from "./gate-checklist-form.js";
import { GateStateBadge } from "./gate-state-badge.js";
import { PhaseTimeline } from "./phase-timeline.js";
import { useLifecycle, useLifecycleChanges } from "./queries.js";
import { RequestReviewForm } from "./request-review-form.js";

/** A project's lifecycle: phases drawn in order, the next gate and what it still misses. */
export function LifecyclePage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const lifecycle = useLifecycle(org.slug, projectId);
  if (project.isPending || lifecycle.isPending)
    return <LoadingState label="Loading the lifecycle…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const header = (
    <PageHeader
      above={<ProjectBreadcrumbs org={org.slug} project={p} />}
      title={`Lifecycle · ${p.name}`}
      description="Phases, the gate closing each, and what the next gate still needs."
    />
  );
  if (lifecycle.isError && problemStatus(lifecycle.error) === 404)
    return (
      <>
        {header}
        <EmptyState
          icon={<IconRoute size={26} aria-hidden />}
          withIndicatorBackground
          title="This project follows no lifecycle yet"
          description="Put it on one of the organisation's templates to track its phases and gates."
        />
        {can("lifecycle.manage", p.myRole) ? (
          <Card withBorder mt="md" maw={560}>
            <ApplyTemplateForm org={org.slug} projectId={p.id} />
          </Card>
        ) : null}
      </>
    );
  if (lifecycle.isError)
    return (
      <>
        {header}
        <ErrorState error={lifecycle.error} onRetry={() => void lifecycle.refetch()} />
      </>
    );
  return (
    <>
      {header}
      <LifecycleView lifecycle={lifecycle.data} mayManage={can("lifecycle.manage", p.myRole)} />
    </>
  );
}

function LifecycleView({
  lifecycle,
  mayManage,
}: {
  readonly lifecycle: ProjectLifecycle;
  readonly mayManage: boolean;
}) {
  const { org } = useCurrentOrg();
  const { migrate, advance } = useLifecycleChanges(org.slug, lifecycle.project.id);
  const gate = lifecycle.nextGate;
  const newer = lifecycle.template.latestVersion > lifecycle.template.version;
  const failure = migrate.error ?? advance.error;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder component="section" aria-labelledby="phases-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="phases-title">
              Phases
            </Title>
            <Text size="sm">
              <AnchorLink
                underline="always"
                to="/orgs/$org/templates/$templateId"
                params={{ org: org.slug, templateId: lifecycle.template.id }}
              >
                {lifecycle.template.name}
              </AnchorLink>{" "}
              version {lifecycle.template.version} · {CADENCE_LABELS[lifecycle.reportCadence]}{" "}
              status reports
            </Text>
            {newer && mayManage ? (
              <Alert
                color="gray"
                variant="light"
                title={`Version ${lifecycle.template.latestVersion} is available`}
              >
                <Stack gap="xs">
                  <Text size="sm">
                    The project keeps the version it started on until you move it; the move is
                    recorded in the audit log.
                  </Text>
                  <Group>
                    <Button
                      size="xs"
                      loading={migrate.isPending}
                      onClick={() => migrate.mutate(lifecycle)}
                    >
                      Move to version {lifecycle.template.latestVersion}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            <PhaseTimeline lifecycle={lifecycle} />
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {failure ? (
            <Alert role="alert" color="red" variant="light" title={describeProblem(failure).title}>
              <Text size="sm">{describeProblem(failure).detail}</Text>
            </Alert>
          ) : null}
          {gate === null ? (
            <Alert
              color={lifecycle.status === "closed" ? "green" : "red"}
              variant="light"
              title={`The lifecycle is ${lifecycle.status}`}
            >
              {lifecycle.status === "closed"
                ? "Every gate has been passed."
                : "The last gate was rejected; the project may not continue on this lifecycle."}
            </Alert>
          ) : (
            <Card withBorder component="section" aria-labelledby="next-gate-title">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h4" id="next-gate-title">
                    Next gate: {gate.name}
                  </Title>
                  {gate.state ? <GateStateBadge state={gate.state} /> : null}
                </Group>
                <Text size="sm" c="dimmed">
                  Closes phase {lifecycle.currentPhase}. Decided by{" "}
                  {reviewersText(gate.reviewerRoles)}.
                </Text>
                {lifecycle.missing.length > 0 ? (
                  <Alert
                    color="gray"
                    variant="light"
                    title="Missing before the review may be requested"
                  >
                    <List size="sm">
                      {lifecycle.missing.map((m) => (
                        <List.Item key={`${m.kind}:${m.label}`}>
                          {m.kind === "document" ? `Document: ${m.label}` : m.label}
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                ) : (
                  <TintedBadge color="green">Checklist complete</TintedBadge>
                )}
                <GateChecklistForm
                  key={lifecycle.version}
                  org={org.slug}
                  lifecycle={lifecycle}
                  gate={gate}
                  readOnly={!mayManage || gate.state === "requested"}
                />
              </Stack>
            </Card>
          )}
          {gate ? (
            <GateReviewHistory org={org.slug} projectId={lifecycle.project.id} gate={gate.number} />
          ) : null}
          {gate && lifecycle.pendingReviewId ? (
            <Card withBorder>
              <Group justify="space-between">
                <Text size="sm">The review of this gate awaits its decision.</Text>
                <ButtonLink
                  variant="default"
                  to="/orgs/$org/projects/$projectId/gates/$gate/reviews/$reviewId"
                  params={{
                    org: org.slug,
                    projectId: lifecycle.project.id,
                    gate: String(gate.number),
                    reviewId: lifecycle.pendingReviewId,
                  }}
                >
                  Open the review
                </ButtonLink>
              </Group>
            </Card>
          ) : null}
          {gate &&
          mayManage &&
          lifecycle.missing.length === 0 &&
          (gate.state === "open" || gate.state === "recycled") ? (
            <Card withBorder component="section" aria-labelledby="request-title">
              <Title order={2} size="h4" id="request-title" mb="sm">
                Request the gate review
              </Title>
              <RequestReviewForm org={org.slug} lifecycle={lifecycle} gate={gate.number} />
            </Card>
          ) : null}
          {gate &&
          mayManage &&
          (gate.state === "approved" || gate.state === "approved_with_conditions") ? (
            <Card withBorder>
              <Group justify="space-between">
                <Text size="sm">
                  {gate.name} is{" "}
                  {gate.state === "approved" ? "approved" : "approved with conditions"}.
                </Text>
                <Button
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                  loading={advance.isPending}
                  onClick={() => advance.mutate(lifecycle)}
                >
                  {lifecycle.currentPhase === lifecycle.phases.length
                    ? "Close the lifecycle"
                    : "Enter the next phase"}
                </Button>
              </Group>
            </Card>
          ) : null}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
