import { createRoute } from "@tanstack/react-router";
import { ChangesPage } from "../features/changes/changes-page.js";
import { orgRoute } from "./org-route.js";

export const changesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/changes",
  component: ChangesRoute,
});

function ChangesRoute() {
  const { projectId } = changesRoute.useParams();
  return <ChangesPage projectId={projectId} />;
}
