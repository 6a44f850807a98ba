import { Page } from "@orrery/contracts/common";
import {
  LifecycleTemplate,
  TemplateCopy,
  TemplateDefinition,
  TemplateListQuery,
  TemplateVersion,
} from "@orrery/contracts/templates";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  copyTemplate,
  createTemplate,
  getTemplate,
  getTemplateVersion,
  listTemplates,
  publishTemplateVersion,
} from "./template-service.js";

const TemplateParams = OrgParams.extend({ templateId: z.string().describe("The template's id") });
const VersionParams = TemplateParams.extend({
  version: z.coerce.number().int().min(1).describe("A published version's number"),
});
const tags = ["templates"];

/** The organisation's library of lifecycle templates, each edit a new immutable version. */
export function templateRoutes(app: ApiApp, runtime: Runtime): void {
  const base = "/api/v1/orgs/:org/templates";

  app.get(
    base,
    {
      config: { policy: "template.read" },
      schema: {
        tags,
        summary:
          "The lifecycle templates of the organisation (the four built-ins included), by name",
        params: OrgParams,
        querystring: TemplateListQuery,
        response: { 200: Page(LifecycleTemplate), ...problemResponses },
      },
    },
    async (request) => listTemplates(orgCtx(request, runtime), request.query),
  );

  app.post(
    base,
    {
      config: { policy: "template.manage" },
      schema: {
        tags,
        summary:
          "Create a template: phases, the gate closing each, report cadence, RAID categories",
        params: OrgParams,
        body: TemplateDefinition,
        response: { 201: LifecycleTemplate, ...problemResponses },
      },
    },
    async (request, reply) => {
      const template = await createTemplate(orgCtx(request, runtime), request.body);
      return created(reply, request.params.org, template);
    },
  );

  app.get(
    `${base}/:templateId`,
    {
      config: { policy: "template.read" },
      schema: {
        tags,
        summary: "One template at its latest version",
        params: TemplateParams,
        response: { 200: LifecycleTemplate, ...problemResponses },
      },
    },
    async (request, reply) => {
      const template = await getTemplate(orgCtx(request, runtime), request.params.templateId);
      setETag(reply, template.version);
      return template;
    },
  );

  app.put(
    `${base}/:templateId`,
    {
      config: { policy: "template.manage" },
      schema: {
        tags,
        summary:
          "Publish the template's next version with this content; projects keep theirs (honours If-Match; 412 when stale)",
        params: TemplateParams,
        body: TemplateDefinition,
        response: { 200: LifecycleTemplate, ...problemResponses },
      },
    },
    async (request, reply) => {
      const template = await publishTemplateVersion(
        orgCtx(request, runtime),
        request.params.templateId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, template.version);
      return template;
    },
  );

  app.post(
    `${base}/:templateId/copy`,
    {
      config: { policy: "template.manage" },
      schema: {
        tags,
        summary: "Copy a template's latest version into a new template",
        params: TemplateParams,
        body: TemplateCopy.optional(),
        response: { 201: LifecycleTemplate, ...problemResponses },
      },
    },
    async (request, reply) => {
      const template = await copyTemplate(
        orgCtx(request, runtime),
        request.params.templateId,
        request.body,
      );
      return created(reply, request.params.org, template);
    },
  );

  app.get(
    `${base}/:templateId/versions/:version`,
    {
      config: { policy: "template.read" },
      schema: {
        tags,
        summary: "One published version of a template, as the projects on it follow it",
        params: VersionParams,
        response: { 200: TemplateVersion, ...problemResponses },
      },
    },
    async (request) =>
      getTemplateVersion(
        orgCtx(request, runtime),
        request.params.templateId,
        request.params.version,
      ),
  );
}

function created(reply: FastifyReply, org: string, template: LifecycleTemplate) {
  setETag(reply, template.version);
  return reply
    .code(201)
    .header("location", `/api/v1/orgs/${org}/templates/${template.id}`)
    .send(template);
}
