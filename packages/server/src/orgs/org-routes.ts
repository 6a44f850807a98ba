import { Page, PageQuery } from "@orrery/contracts/common";
import { Org, OrgCreate, OrgUpdate } from "@orrery/contracts/orgs";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { accountCtx, orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { createOrg, getOrg, listMyOrgs, renameOrg } from "./org-service.js";

export function orgRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs",
    {
      config: { policy: "account.read" },
      schema: {
        tags: ["orgs"],
        summary: "My organisations",
        querystring: PageQuery,
        response: { 200: Page(Org), ...problemResponses },
      },
    },
    async (request) => listMyOrgs(accountCtx(request, runtime), request.query),
  );

  app.post(
    "/api/v1/orgs",
    {
      config: { policy: "org.create" },
      schema: {
        tags: ["orgs"],
        summary: "Create an organisation (I become its admin)",
        body: OrgCreate,
        response: { 201: Org, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = await createOrg(accountCtx(request, runtime), request.body);
      setETag(reply, org.version);
      return reply.code(201).header("location", `/api/v1/orgs/${org.slug}`).send(org);
    },
  );

  app.get(
    "/api/v1/orgs/:org",
    {
      config: { policy: "org.read" },
      schema: {
        tags: ["orgs"],
        summary: "One organisation",
        params: OrgParams,
        response: { 200: Org, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = getOrg(orgCtx(request, runtime));
      setETag(reply, org.version);
      return org;
    },
  );

  app.patch(
    "/api/v1/orgs/:org",
    {
      config: { policy: "org.update" },
      schema: {
        tags: ["orgs"],
        summary: "Rename the organisation (honours If-Match)",
        params: OrgParams,
        body: OrgUpdate,
        response: { 200: Org, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = await renameOrg(orgCtx(request, runtime), request.body, expectedVersion(request));
      setETag(reply, org.version);
      return org;
    },
  );
}
