import { createRoute } from "@tanstack/react-router";
import { LifecyclePage } from "../features/lifecycle/lifecycle-page.js";
import { orgRoute } from "./org-route.js";

export const lifecycleRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/lifecycle",
  component: LifecycleRoute,
});

function LifecycleRoute() {
  const { projectId } = lifecycleRoute.useParams();
  return <LifecyclePage projectId={projectId} />;
}
