import { createRoute } from "@tanstack/react-router";
import { ProjectReviewPage } from "../features/lessons/project-review-page.js";
import { orgRoute } from "./org-route.js";

export const projectReviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/review",
  component: ProjectReviewRoute,
});

function ProjectReviewRoute() {
  const { projectId } = projectReviewRoute.useParams();
  return <ProjectReviewPage projectId={projectId} />;
}
