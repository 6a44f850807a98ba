import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { PlanPage } from "../features/plan/plan-page.js";
import { orgRoute } from "./org-route.js";

/** `?task=12` opens the plan with task UID 12 selected and in view (links from the RAID log). */
const PlanSearch = z.object({
  task: z.coerce.number().int().min(0).optional().catch(undefined),
});

export const planRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/plan",
  validateSearch: PlanSearch,
  component: PlanRoute,
});

function PlanRoute() {
  const { projectId } = planRoute.useParams();
  const { task } = planRoute.useSearch();
  // A fresh page per project: its undo history and selection belong to that plan alone.
  return <PlanPage key={projectId} projectId={projectId} initialTask={task} />;
}
