import { Page } from "@orrery/contracts/common";
import {
  GateCalendarEntry,
  GateCalendarQuery,
  GateReview,
  GateReviewDecision,
  GateReviewListQuery,
  GateReviewRequest,
} from "@orrery/contracts/lifecycle";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { gateCalendar } from "./gate-calendar-service.js";
import {
  decideGateReview,
  getGateReview,
  listGateReviews,
  requestGateReview,
} from "./gate-review-service.js";

const GateParams = ProjectParams.extend({
  gate: z.string().describe("The gate's number: 1 closes the first phase"),
});
const ReviewParams = GateParams.extend({ reviewId: z.string().describe("The review's id") });
const tags = ["gates"];

/** Gate reviews of a project, and the PMO's gate calendar across projects. */
export function gateRoutes(app: ApiApp, runtime: Runtime): void {
  const reviews = "/api/v1/orgs/:org/projects/:id/gates/:gate/reviews";

  app.get(
    reviews,
    {
      config: { policy: "lifecycle.read" },
      schema: {
        tags,
        summary: "The reviews of one gate of the project, newest first",
        params: GateParams,
        querystring: GateReviewListQuery,
        response: { 200: Page(GateReview), ...problemResponses },
      },
    },
    async (request) =>
      listGateReviews(
        orgCtx(request, runtime),
        request.params.id,
        request.params.gate,
        request.query,
      ),
  );

  app.post(
    reviews,
    {
      config: { policy: "lifecycle.manage" },
      schema: {
        tags,
        summary:
          "Request the review of the next gate; 409 with the reason if its checklist is incomplete or the lifecycle does not allow it",
        params: GateParams,
        body: GateReviewRequest.optional(),
        response: { 201: GateReview, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { org, id, gate } = request.params;
      const review = await requestGateReview(orgCtx(request, runtime), id, gate, request.body);
      setETag(reply, review.version);
      return reply
        .code(201)
        .header(
          "location",
          `/api/v1/orgs/${org}/projects/${review.project.id}/gates/${review.gate}/reviews/${review.id}`,
        )
        .send(review);
    },
  );

  app.get(
    `${reviews}/:reviewId`,
    {
      config: { policy: "lifecycle.read" },
      schema: {
        tags,
        summary: "One gate review, with whether the caller may decide it",
        params: ReviewParams,
        response: { 200: GateReview, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, gate, reviewId } = request.params;
      const review = await getGateReview(orgCtx(request, runtime), id, gate, reviewId);
      setETag(reply, review.version);
      return review;
    },
  );

  app.post(
    `${reviews}/:reviewId/decision`,
    {
      config: { policy: "gate.decide" },
      schema: {
        tags,
        summary:
          "Approve, approve with conditions (recorded as RAID actions), reject or recycle the gate (If-Match; 412 when stale)",
        params: ReviewParams,
        body: GateReviewDecision,
        response: { 200: GateReview, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, gate, reviewId } = request.params;
      const review = await decideGateReview(
        orgCtx(request, runtime),
        id,
        gate,
        reviewId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, review.version);
      return review;
    },
  );

  app.get(
    "/api/v1/orgs/:org/gates/calendar",
    {
      config: { policy: "gate.calendar" },
      schema: {
        tags,
        summary:
          "The next gate of every running project I may read: requested, upcoming and overdue, soonest first",
        params: OrgParams,
        querystring: GateCalendarQuery,
        response: { 200: Page(GateCalendarEntry), ...problemResponses },
      },
    },
    async (request) => gateCalendar(orgCtx(request, runtime), request.query),
  );
}
