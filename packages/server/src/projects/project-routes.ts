import { Page } from "@orrery/contracts/common";
import {
  Project,
  ProjectCreate,
  ProjectListQuery,
  ProjectUpdate,
} from "@orrery/contracts/projects";
import { documentCtx } from "../documents/document-routes.js";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  updateProject,
} from "./project-service.js";

export function projectRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/projects",
    {
      config: { policy: "project.list" },
      schema: {
        tags: ["projects"],
        summary: "Projects I may read, filtered and sorted",
        params: OrgParams,
        querystring: ProjectListQuery,
        response: { 200: Page(Project), ...problemResponses },
      },
    },
    async (request) => listProjects(orgCtx(request, runtime), request.query),
  );

  app.post(
    "/api/v1/orgs/:org/projects",
    {
      config: { policy: "project.create" },
      schema: {
        tags: ["projects"],
        summary: "Create a project (I become one of its managers)",
        params: OrgParams,
        body: ProjectCreate,
        response: { 201: Project, ...problemResponses },
      },
    },
    async (request, reply) => {
      const project = await createProject(orgCtx(request, runtime), request.body);
      setETag(reply, project.version);
      return reply
        .code(201)
        .header("location", `/api/v1/orgs/${request.params.org}/projects/${project.id}`)
        .send(project);
    },
  );

  app.get(
    "/api/v1/orgs/:org/projects/:id",
    {
      config: { policy: "project.read" },
      schema: {
        tags: ["projects"],
        summary: "One project, by id or key",
        params: ProjectParams,
        response: { 200: Project, ...problemResponses },
      },
    },
    async (request, reply) => {
      const project = await getProject(orgCtx(request, runtime), request.params.id);
      setETag(reply, project.version);
      return project;
    },
  );

  app.patch(
    "/api/v1/orgs/:org/projects/:id",
    {
      config: { policy: "project.update" },
      schema: {
        tags: ["projects"],
        summary: "Change a project (honours If-Match; 412 when stale)",
        params: ProjectParams,
        body: ProjectUpdate,
        response: { 200: Project, ...problemResponses },
      },
    },
    async (request, reply) => {
      const project = await updateProject(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, project.version);
      return project;
    },
  );

  app.delete(
    "/api/v1/orgs/:org/projects/:id",
    {
      config: { policy: "project.delete" },
      schema: {
        tags: ["projects"],
        summary: "Delete a project for good (honours If-Match)",
        params: ProjectParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteProject(
        documentCtx(request, runtime),
        request.params.id,
        expectedVersion(request),
      );
      return reply.code(204).send();
    },
  );
}
