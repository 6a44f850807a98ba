import type { ApiApp } from "../http/api-app.js";
import type { Runtime } from "../runtime.js";
import { baselineRoutes } from "./baseline-routes.js";
import { calendarRoutes } from "./calendar-routes.js";
import { linkRoutes } from "./link-routes.js";
import { planFileRoutes } from "./plan-file-routes.js";
import { resourceRoutes } from "./resource-routes.js";
import { taskRoutes } from "./task-routes.js";

/** Every route of a project's plan, under /api/v1/orgs/{org}/projects/{id}/. */
export async function planRoutes(app: ApiApp, runtime: Runtime): Promise<void> {
  taskRoutes(app, runtime);
  linkRoutes(app, runtime);
  calendarRoutes(app, runtime);
  baselineRoutes(app, runtime);
  resourceRoutes(app, runtime);
  await planFileRoutes(app, runtime);
}
