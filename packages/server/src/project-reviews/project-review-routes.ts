import {
  GeneratedLessons,
  ProjectReview,
  ProjectReviewWrite,
} from "@orrery/contracts/project-review";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  generateReviewLessons,
  getProjectReview,
  saveProjectReview,
} from "./project-review-service.js";

const tags = ["lessons"];

/** The post-project review of a project, under projects/{id}/review. */
export function projectReviewRoutes(app: ApiApp, runtime: Runtime): void {
  const path = "/api/v1/orgs/:org/projects/:id/review";

  app.get(
    path,
    {
      config: { policy: "lesson.read" },
      schema: {
        tags,
        summary: "The project's post-project review (an empty draft until first saved)",
        params: ProjectParams,
        response: { 200: ProjectReview, ...problemResponses },
      },
    },
    async (request, reply) => {
      const review = await getProjectReview(orgCtx(request, runtime), request.params.id);
      if (review.version !== null) setETag(reply, review.version);
      return review;
    },
  );

  app.put(
    path,
    {
      config: { policy: "pir.edit" },
      schema: {
        tags,
        summary: "Save the whole post-project review (honours If-Match; 412 when stale)",
        params: ProjectParams,
        body: ProjectReviewWrite,
        response: { 200: ProjectReview, ...problemResponses },
      },
    },
    async (request, reply) => {
      const review = await saveProjectReview(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      if (review.version !== null) setETag(reply, review.version);
      return review;
    },
  );

  app.post(
    `${path}/lessons`,
    {
      config: { policy: "pir.edit" },
      schema: {
        tags,
        summary:
          "Record a lesson for each observation of the review not yet turned into one (went well, to improve)",
        params: ProjectParams,
        response: { 201: GeneratedLessons, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await generateReviewLessons(orgCtx(request, runtime), request.params.id)),
  );
}
