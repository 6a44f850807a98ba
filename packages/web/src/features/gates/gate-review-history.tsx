import { Card, List, Text, Title } from "@mantine/core";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { AnchorLink } from "../../shell/router-links.js";
import { reviewStateLabel } from "../lifecycle/lifecycle-labels.js";
import { useGateReviews } from "./queries.js";

/** Every review of one gate, newest first: a recycled gate shows each round. */
export function GateReviewHistory({
  org,
  projectId,
  gate,
}: {
  readonly org: string;
  readonly projectId: string;
  readonly gate: number;
}) {
  const reviews = useGateReviews(org, projectId, gate);
  return (
    <Card withBorder component="section" aria-labelledby="reviews-title">
      <Title order={2} size="h4" id="reviews-title" mb="xs">
        Reviews of gate {gate}
      </Title>
      {reviews.isPending ? (
        <LoadingState label="Loading the reviews…" rows={2} />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : reviews.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No review requested yet.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {reviews.data.items.map((review) => (
            <List.Item key={review.id}>
              <AnchorLink
                to="/orgs/$org/projects/$projectId/gates/$gate/reviews/$reviewId"
                params={{ org, projectId, gate: String(gate), reviewId: review.id }}
              >
                {new Date(review.requestedAt).toLocaleDateString()}
              </AnchorLink>
              {`: ${reviewStateLabel(review.state)}`}
              {review.requestedBy ? `, requested by ${review.requestedBy.name}` : ""}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
