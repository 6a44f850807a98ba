import { AuditEntry, AuditListQuery } from "@orrery/contracts/audit";
import { Page } from "@orrery/contracts/common";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { listAudit } from "./audit-service.js";

export function auditRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/audit",
    {
      config: { policy: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "Every change in the organisation, newest first",
        params: OrgParams,
        querystring: AuditListQuery,
        response: { 200: Page(AuditEntry), ...problemResponses },
      },
    },
    async (request) => listAudit(orgCtx(request, runtime), request.query),
  );
}
