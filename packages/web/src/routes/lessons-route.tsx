import { createRoute } from "@tanstack/react-router";
import { LessonsPage } from "../features/lessons/lessons-page.js";
import { orgRoute } from "./org-route.js";

export const lessonsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/lessons",
  component: LessonsRoute,
});

function LessonsRoute() {
  const { projectId } = lessonsRoute.useParams();
  return <LessonsPage projectId={projectId} />;
}
