import { createRoute } from "@tanstack/react-router";
import { PlanPage } from "../features/plan/plan-page.js";
import { orgRoute } from "./org-route.js";

export const planRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/plan",
  component: PlanRoute,
});

function PlanRoute() {
  const { projectId } = planRoute.useParams();
  // A fresh page per project: its undo history and selection belong to that plan alone.
  return <PlanPage key={projectId} projectId={projectId} />;
}
