import { Page, PageQuery } from "@orrery/contracts/common";
import { ProjectMember, ProjectMemberAdd, ProjectMemberUpdate } from "@orrery/contracts/projects";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import {
  NoContent,
  ProjectMemberParams,
  ProjectParams,
  problemResponses,
} from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  addMemberToProject,
  changeProjectMemberRole,
  getMemberOfProject,
  listMembersOfProject,
  removeMemberFromProject,
} from "./project-member-service.js";

export function projectMemberRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/projects/:id/members",
    {
      config: { policy: "project.read" },
      schema: {
        tags: ["projects"],
        summary: "Members of a project",
        params: ProjectParams,
        querystring: PageQuery,
        response: { 200: Page(ProjectMember), ...problemResponses },
      },
    },
    async (request) =>
      listMembersOfProject(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.post(
    "/api/v1/orgs/:org/projects/:id/members",
    {
      config: { policy: "project.members.manage" },
      schema: {
        tags: ["projects"],
        summary: "Add an organisation member to the project",
        params: ProjectParams,
        body: ProjectMemberAdd,
        response: { 201: ProjectMember, ...problemResponses },
      },
    },
    async (request, reply) => {
      const member = await addMemberToProject(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      setETag(reply, member.version);
      return reply.code(201).send(member);
    },
  );

  app.get(
    "/api/v1/orgs/:org/projects/:id/members/:userId",
    {
      config: { policy: "project.read" },
      schema: {
        tags: ["projects"],
        summary: "One member of a project",
        params: ProjectMemberParams,
        response: { 200: ProjectMember, ...problemResponses },
      },
    },
    async (request, reply) => {
      const member = await getMemberOfProject(
        orgCtx(request, runtime),
        request.params.id,
        request.params.userId,
      );
      setETag(reply, member.version);
      return member;
    },
  );

  app.patch(
    "/api/v1/orgs/:org/projects/:id/members/:userId",
    {
      config: { policy: "project.members.manage" },
      schema: {
        tags: ["projects"],
        summary: "Change a project member's role (honours If-Match)",
        params: ProjectMemberParams,
        body: ProjectMemberUpdate,
        response: { 200: ProjectMember, ...problemResponses },
      },
    },
    async (request, reply) => {
      const member = await changeProjectMemberRole(
        orgCtx(request, runtime),
        request.params.id,
        request.params.userId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, member.version);
      return member;
    },
  );

  app.delete(
    "/api/v1/orgs/:org/projects/:id/members/:userId",
    {
      config: { policy: "project.members.manage" },
      schema: {
        tags: ["projects"],
        summary: "Remove someone from the project (honours If-Match)",
        params: ProjectMemberParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await removeMemberFromProject(
        orgCtx(request, runtime),
        request.params.id,
        request.params.userId,
        expectedVersion(request),
      );
      return reply.code(204).send();
    },
  );
}
