import { createRoute } from "@tanstack/react-router";
import { StatusReportsPage } from "../features/status-reports/status-reports-page.js";
import { orgRoute } from "./org-route.js";

export const statusReportsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/status-reports",
  component: StatusReportsRoute,
});

function StatusReportsRoute() {
  const { projectId } = statusReportsRoute.useParams();
  return <StatusReportsPage projectId={projectId} />;
}
