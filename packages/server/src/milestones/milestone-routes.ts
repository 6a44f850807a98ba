import { Page } from "@orrery/contracts/common";
import { MilestoneListQuery, PortfolioMilestone } from "@orrery/contracts/milestones";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { listPortfolioMilestones } from "./milestone-service.js";

/** The portfolio's milestone timeline under /milestones. */
export function milestoneRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/milestones",
    {
      config: { policy: "milestone.list" },
      schema: {
        tags: ["plans"],
        summary:
          "Milestones of every live project I may read, in finish order, with their baseline finish",
        params: OrgParams,
        querystring: MilestoneListQuery,
        response: { 200: Page(PortfolioMilestone), ...problemResponses },
      },
    },
    async (request) => listPortfolioMilestones(orgCtx(request, runtime), request.query),
  );
}
