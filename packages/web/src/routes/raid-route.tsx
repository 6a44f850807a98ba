import { createRoute } from "@tanstack/react-router";
import { RaidPage } from "../features/raid/raid-page.js";
import { orgRoute } from "./org-route.js";

export const raidRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/raid",
  component: RaidRoute,
});

function RaidRoute() {
  const { projectId } = raidRoute.useParams();
  return <RaidPage projectId={projectId} />;
}
