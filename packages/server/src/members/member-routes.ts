import { Page } from "@orrery/contracts/common";
import {
  Member,
  MemberAdd,
  MemberAdded,
  MemberListQuery,
  MemberUpdate,
} from "@orrery/contracts/orgs";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { MemberParams, NoContent, OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  addOrgMember,
  changeMemberRole,
  getOrgMember,
  listOrgMembers,
  reissueInvitation,
  removeOrgMember,
} from "./member-service.js";

export function memberRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/orgs/:org/members",
    {
      config: { policy: "member.read" },
      schema: {
        tags: ["members"],
        summary: "Members of the organisation",
        params: OrgParams,
        querystring: MemberListQuery,
        response: { 200: Page(Member), ...problemResponses },
      },
    },
    async (request) => listOrgMembers(orgCtx(request, runtime), request.query),
  );

  app.post(
    "/api/v1/orgs/:org/members",
    {
      config: { policy: "member.manage" },
      schema: {
        tags: ["members"],
        summary: "Add a member by e-mail; someone without an account gets an invitation link",
        params: OrgParams,
        body: MemberAdd,
        response: { 201: MemberAdded, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { config } = runtime.services();
      const added = await addOrgMember(orgCtx(request, runtime), request.body, config.publicUrl);
      setETag(reply, added.member.version);
      return reply
        .code(201)
        .header("location", `/api/v1/orgs/${request.params.org}/members/${added.member.userId}`)
        .send(added);
    },
  );

  app.get(
    "/api/v1/orgs/:org/members/:userId",
    {
      config: { policy: "member.read" },
      schema: {
        tags: ["members"],
        summary: "One member",
        params: MemberParams,
        response: { 200: Member, ...problemResponses },
      },
    },
    async (request, reply) => {
      const member = await getOrgMember(orgCtx(request, runtime), request.params.userId);
      setETag(reply, member.version);
      return member;
    },
  );

  app.patch(
    "/api/v1/orgs/:org/members/:userId",
    {
      config: { policy: "member.manage" },
      schema: {
        tags: ["members"],
        summary: "Change a member's role (honours If-Match)",
        params: MemberParams,
        body: MemberUpdate,
        response: { 200: Member, ...problemResponses },
      },
    },
    async (request, reply) => {
      const member = await changeMemberRole(
        orgCtx(request, runtime),
        request.params.userId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, member.version);
      return member;
    },
  );

  app.post(
    "/api/v1/orgs/:org/members/:userId/invitation",
    {
      config: { policy: "member.manage" },
      schema: {
        tags: ["members"],
        summary:
          "Replace the invitation link of a member who has not chosen a password yet (the old link stops working)",
        params: MemberParams,
        response: { 201: MemberAdded, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { config } = runtime.services();
      const reissued = await reissueInvitation(
        orgCtx(request, runtime),
        request.params.userId,
        config.publicUrl,
      );
      setETag(reply, reissued.member.version);
      return reply.code(201).send(reissued);
    },
  );

  app.delete(
    "/api/v1/orgs/:org/members/:userId",
    {
      config: { policy: "member.manage" },
      schema: {
        tags: ["members"],
        summary: "Remove a member (honours If-Match)",
        params: MemberParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await removeOrgMember(
        orgCtx(request, runtime),
        request.params.userId,
        expectedVersion(request),
      );
      return reply.code(204).send();
    },
  );
}
