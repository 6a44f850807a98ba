import { createRoute } from "@tanstack/react-router";
import { CalendarsPage } from "../features/calendars/calendars-page.js";
import { orgRoute } from "./org-route.js";

export const calendarsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/plan/calendars",
  component: CalendarsRoute,
});

function CalendarsRoute() {
  const { projectId } = calendarsRoute.useParams();
  return <CalendarsPage key={projectId} projectId={projectId} />;
}
