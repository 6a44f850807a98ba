import { Anchor, Card, Grid, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { GateReview, LifecycleGate } from "@orrery/contracts/lifecycle";
import { IconCheck, IconX } from "@tabler/icons-react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { AnchorLink } from "../../shell/router-links.js";
import { type DocumentOwner, documentContentUrl } from "../documents/queries.js";
import { reviewStateLabel } from "../lifecycle/lifecycle-labels.js";
import { useLifecycle } from "../lifecycle/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { reviewersText } from "../templates/template-labels.js";
import { GateDecisionForm } from "./gate-decision-form.js";
import { GateStatusReportCard } from "./gate-status-report-card.js";
import { useGateReview } from "./queries.js";

/** What a reviewer needs to decide a gate: its criteria and documents, the request, the form. */
export function GateReviewPage({
  projectId,
  gate,
  reviewId,
}: {
  readonly projectId: string;
  readonly gate: number;
  readonly reviewId: string;
}) {
  const { org } = useCurrentOrg();
  const review = useGateReview(org.slug, projectId, gate, reviewId);
  const lifecycle = useLifecycle(org.slug, projectId);
  if (review.isPending) return <LoadingState label="Loading the gate review…" rows={6} />;
  if (review.isError)
    return <ErrorState error={review.error} onRetry={() => void review.refetch()} />;
  const r = review.data;
  const gateOfLifecycle = lifecycle.data?.phases[r.gate - 1]?.gate ?? null;
  return (
    <>
      <PageHeader
        above={
          <AnchorLink
            size="sm"
            to="/orgs/$org/projects/$projectId/lifecycle"
            params={{ org: org.slug, projectId: r.project.id }}
          >
            ← {r.project.key} · {r.project.name} lifecycle
          </AnchorLink>
        }
        title={`Gate ${r.gate} review: ${r.gateName}`}
        description={
          <Group gap="xs" component="span">
            <TintedBadge color={r.state === "requested" ? "blue" : "gray"}>
              {reviewStateLabel(r.state)}
            </TintedBadge>
            <Text span size="sm">
              Decided by {reviewersText(r.reviewerRoles)}
            </Text>
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <RequestCard review={r} />
            <ReviewDocumentsCard org={org.slug} review={r} />
            <Card withBorder component="section" aria-labelledby="criteria-title">
              <Title order={2} size="h4" id="criteria-title" mb="sm">
                Criteria and documents
              </Title>
              {lifecycle.isPending ? (
                <LoadingState label="Loading the checklist…" rows={3} />
              ) : lifecycle.isError ? (
                <ErrorState error={lifecycle.error} />
              ) : (
                <Checklist gate={gateOfLifecycle} />
              )}
            </Card>
            <GateStatusReportCard org={org.slug} review={r} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {r.state !== "requested" ? (
            <DecisionCard review={r} />
          ) : r.mayDecide ? (
            <Card withBorder component="section" aria-labelledby="decide-title">
              <Title order={2} size="h4" id="decide-title" mb="sm">
                Your decision
              </Title>
              <GateDecisionForm org={org.slug} review={r} />
            </Card>
          ) : (
            <Card withBorder>
              <Text size="sm">
                The review awaits a decision by {reviewersText(r.reviewerRoles)}. You may read it
                but not decide it.
              </Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The project documents attached to the gate's deliverables, for reviewers to download. */
function ReviewDocumentsCard({
  org,
  review,
}: {
  readonly org: string;
  readonly review: GateReview;
}) {
  const owner: DocumentOwner = { kind: "project", projectId: review.project.id };
  return (
    <Card withBorder component="section" aria-labelledby="documents-title">
      <Title order={2} size="h4" id="documents-title" mb="xs">
        Documents
      </Title>
      {review.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No project document is attached to this gate.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {review.documents.map((d) => (
            <List.Item key={d.id}>
              {d.deliverable}:{" "}
              <Anchor href={documentContentUrl(org, owner, d.id, d.latestVersion)} download>
                {d.title} (version {d.latestVersion})
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function RequestCard({ review }: { readonly review: GateReview }) {
  return (
    <Card withBorder component="section" aria-labelledby="request-title">
      <Title order={2} size="h4" id="request-title" mb="xs">
        Request
      </Title>
      <Text size="sm">
        By {review.requestedBy?.name ?? "someone no longer here"} on{" "}
        {new Date(review.requestedAt).toLocaleString()}
        {review.dueDate ? ` · decision needed by ${review.dueDate}` : ""}
      </Text>
      {review.note ? (
        <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
          {review.note}
        </Text>
      ) : null}
    </Card>
  );
}

function Checklist({ gate }: { readonly gate: LifecycleGate | null }) {
  if (!gate || gate.checklist.length === 0)
    return (
      <Text size="sm" c="dimmed">
        The gate has no criteria or required documents.
      </Text>
    );
  return (
    <List spacing="xs" size="sm" center>
      {gate.checklist.map((item) => (
        <List.Item
          key={`${item.kind}:${item.label}`}
          icon={
            <ThemeIcon size={20} radius="xl" color={item.done ? "green" : "gray"} variant="light">
              {item.done ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
            </ThemeIcon>
          }
        >
          {item.kind === "document" ? "Document: " : ""}
          {item.label} — {item.done ? "done" : "not done"}
          {item.reference ? ` (${item.reference})` : ""}
        </List.Item>
      ))}
    </List>
  );
}

function DecisionCard({ review }: { readonly review: GateReview }) {
  return (
    <Card withBorder component="section" aria-labelledby="decision-title">
      <Title order={2} size="h4" id="decision-title" mb="xs">
        Decision: {reviewStateLabel(review.state)}
      </Title>
      <Text size="sm">
        By {review.decidedBy?.name ?? "someone no longer here"}
        {review.decidedAt ? ` on ${new Date(review.decidedAt).toLocaleString()}` : ""}
      </Text>
      {review.comments ? (
        <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
          {review.comments}
        </Text>
      ) : null}
      {review.conditions.length > 0 ? (
        <>
          <Text size="sm" fw={500} mt="sm">
            Conditions, tracked as actions
          </Text>
          <List size="sm">
            {review.conditions.map((c) => (
              <List.Item key={c.id}>
                {c.ref} · {c.title}
                {c.dueDate ? ` (due ${c.dueDate})` : ""}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Card>
  );
}
