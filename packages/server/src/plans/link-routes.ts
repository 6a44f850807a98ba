import { Link, LinkCreate, LinkUpdate, PlanChange } from "@orrery/contracts/plans";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { createLink, deleteLink, listLinks, updateLink } from "./link-service.js";

const LinkParams = ProjectParams.extend({ linkId: z.uuid().describe("The link's id") });

export function linkRoutes(app: ApiApp, runtime: Runtime): void {
  const links = "/api/v1/orgs/:org/projects/:id/links";

  app.get(
    links,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "Every dependency of the plan",
        params: ProjectParams,
        response: { 200: z.object({ items: z.array(Link) }), ...problemResponses },
      },
    },
    async (request) => listLinks(orgCtx(request, runtime), request.params.id),
  );

  app.post(
    links,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Link two tasks and reschedule; a loop is refused with 422 naming its tasks",
        params: ProjectParams,
        body: LinkCreate,
        response: { 201: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const change = await createLink(orgCtx(request, runtime), request.params.id, request.body);
      const [link] = change.links;
      if (link) setETag(reply, link.version);
      return reply.code(201).send(change);
    },
  );

  app.patch(
    `${links}/:linkId`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Change a link's type or lag and reschedule (honours If-Match)",
        params: LinkParams,
        body: LinkUpdate,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const change = await updateLink(
        orgCtx(request, runtime),
        request.params.id,
        request.params.linkId,
        request.body,
        expectedVersion(request),
      );
      const [link] = change.links;
      if (link) setETag(reply, link.version);
      return change;
    },
  );

  app.delete(
    `${links}/:linkId`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Remove a link and reschedule (honours If-Match)",
        params: LinkParams,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request) =>
      deleteLink(
        orgCtx(request, runtime),
        request.params.id,
        request.params.linkId,
        expectedVersion(request),
      ),
  );
}
