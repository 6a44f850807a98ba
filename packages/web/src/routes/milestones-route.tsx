import { createRoute } from "@tanstack/react-router";
import { MilestonesPage } from "../features/milestones/milestones-page.js";
import { orgRoute } from "./org-route.js";

export const milestonesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/milestones",
  component: MilestonesPage,
});
