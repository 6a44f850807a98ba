import { Page } from "@orrery/contracts/common";
import { MyWorkQuery, MyWorkTask } from "@orrery/contracts/my-work";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { listMyWork } from "./my-work-service.js";

/** The caller's assigned tasks across projects, under /my-work. */
export function myWorkRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/my-work",
    {
      config: { policy: "work.mine" },
      schema: {
        tags: ["plans"],
        summary:
          "Tasks assigned to me (through resources mapped to me) in every project I may read: open ones first, due soonest first",
        params: OrgParams,
        querystring: MyWorkQuery,
        response: { 200: Page(MyWorkTask), ...problemResponses },
      },
    },
    async (request) => listMyWork(orgCtx(request, runtime), request.query),
  );
}
