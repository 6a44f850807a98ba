import { createRoute } from "@tanstack/react-router";
import { ProjectOverviewPage } from "../features/projects/project-overview-page.js";
import { projectQuery } from "../features/projects/queries.js";
import { orgRoute } from "./org-route.js";

export const projectRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId",
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(projectQuery(params.org, params.projectId)),
  component: ProjectRoute,
});

function ProjectRoute() {
  const { projectId } = projectRoute.useParams();
  return <ProjectOverviewPage projectId={projectId} />;
}
