import {
  ChangeRequest,
  ChangeRequestApply,
  ChangeRequestCreate,
  ChangeRequestDecide,
  ChangeRequestListQuery,
  ChangeRequestUpdate,
} from "@orrery/contracts/change-requests";
import { Page } from "@orrery/contracts/common";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { applyChangeRequest, decideChangeRequest } from "./change-decision-service.js";
import {
  createChangeRequest,
  getChangeRequest,
  listChangeRequests,
  submitChangeRequest,
  updateChangeRequest,
  withdrawChangeRequest,
} from "./change-request-service.js";

const RequestParams = ProjectParams.extend({
  requestId: z.string().describe("The change request's id"),
});
const tags = ["change-requests"];

function withETag(reply: FastifyReply, request: ChangeRequest): ChangeRequest {
  setETag(reply, request.version);
  return request;
}

/** The change log of a project: change requests, their impact, decisions and application. */
export function changeRequestRoutes(app: ApiApp, runtime: Runtime): void {
  const base = "/api/v1/orgs/:org/projects/:id/change-requests";
  const one = `${base}/:requestId`;

  app.get(
    base,
    {
      config: { policy: "change.read" },
      schema: {
        tags,
        summary: "A project's change log, newest first, filtered by status",
        params: ProjectParams,
        querystring: ChangeRequestListQuery,
        response: { 200: Page(ChangeRequest), ...problemResponses },
      },
    },
    async (request) =>
      listChangeRequests(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.post(
    base,
    {
      config: { policy: "change.edit" },
      schema: {
        tags,
        summary:
          "Raise a change request as a draft; its proposed plan operations are scheduled to show the impact, nothing written",
        params: ProjectParams,
        body: ChangeRequestCreate,
        response: { 201: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await createChangeRequest(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      withETag(reply, created);
      return reply
        .code(201)
        .header(
          "location",
          `/api/v1/orgs/${request.params.org}/projects/${created.project.id}/change-requests/${created.id}`,
        )
        .send(created);
    },
  );

  app.get(
    one,
    {
      config: { policy: "change.read" },
      schema: {
        tags,
        summary:
          "One change request; its schedule impact is computed afresh when the plan changed since",
        params: RequestParams,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      return withETag(reply, await getChangeRequest(orgCtx(request, runtime), id, requestId));
    },
  );

  app.patch(
    one,
    {
      config: { policy: "change.edit" },
      schema: {
        tags,
        summary: "Rework a draft or deferred change request (honours If-Match; 412 when stale)",
        params: RequestParams,
        body: ChangeRequestUpdate,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const updated = await updateChangeRequest(
        orgCtx(request, runtime),
        id,
        requestId,
        request.body,
        expectedVersion(request),
      );
      return withETag(reply, updated);
    },
  );

  app.post(
    `${one}/submit`,
    {
      config: { policy: "change.edit" },
      schema: {
        tags,
        summary: "Submit a draft or deferred change request for a decision (honours If-Match)",
        params: RequestParams,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const submitted = await submitChangeRequest(
        orgCtx(request, runtime),
        id,
        requestId,
        expectedVersion(request),
      );
      return withETag(reply, submitted);
    },
  );

  app.post(
    `${one}/withdraw`,
    {
      config: { policy: "change.edit" },
      schema: {
        tags,
        summary: "Withdraw a change request not yet decided for good (honours If-Match)",
        params: RequestParams,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const withdrawn = await withdrawChangeRequest(
        orgCtx(request, runtime),
        id,
        requestId,
        expectedVersion(request),
      );
      return withETag(reply, withdrawn);
    },
  );

  app.post(
    `${one}/decision`,
    {
      config: { policy: "change.decide" },
      schema: {
        tags,
        summary:
          "Approve, reject or defer a submitted change request; approval applies its plan edits and can take a baseline (honours If-Match; 412 when stale, 409 when the plan edits no longer apply)",
        params: RequestParams,
        body: ChangeRequestDecide,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const decided = await decideChangeRequest(
        orgCtx(request, runtime),
        id,
        requestId,
        request.body,
        expectedVersion(request),
      );
      return withETag(reply, decided);
    },
  );

  app.post(
    `${one}/apply`,
    {
      config: { policy: "change.decide" },
      schema: {
        tags,
        summary:
          "Apply an approved change request to the plan, optionally taking a baseline (honours If-Match; 409 when its plan edits no longer apply)",
        params: RequestParams,
        body: ChangeRequestApply,
        response: { 200: ChangeRequest, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const applied = await applyChangeRequest(
        orgCtx(request, runtime),
        id,
        requestId,
        request.body,
        expectedVersion(request),
      );
      return withETag(reply, applied);
    },
  );
}
