import { ComplianceQuery, ComplianceReport } from "@orrery/contracts/compliance";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { complianceReport } from "./compliance-service.js";

/** The PMO's compliance view across projects. */
export function complianceRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/compliance",
    {
      config: { policy: "compliance.read" },
      schema: {
        tags: ["compliance"],
        summary:
          "What falls short of the standard in the projects I may read: overdue status reports and gates, gates near without their documents, stale RAID entries; each with the page that fixes it",
        params: OrgParams,
        querystring: ComplianceQuery,
        response: { 200: ComplianceReport, ...problemResponses },
      },
    },
    async (request) => complianceReport(orgCtx(request, runtime), request.query),
  );
}
