import { createRoute } from "@tanstack/react-router";
import { GateReviewPage } from "../features/gates/gate-review-page.js";
import { orgRoute } from "./org-route.js";

export const gateReviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/gates/$gate/reviews/$reviewId",
  component: GateReviewRoute,
});

function GateReviewRoute() {
  const { projectId, gate, reviewId } = gateReviewRoute.useParams();
  return <GateReviewPage projectId={projectId} gate={Number(gate)} reviewId={reviewId} />;
}
