import { Page } from "@orrery/contracts/common";
import { LessonPromotion, LessonPromotionCreate } from "@orrery/contracts/lesson-promotions";
import {
  Lesson,
  LessonCreate,
  LessonHit,
  LessonSearchQuery,
  LessonSuggestionQuery,
  LessonSuggestions,
  LessonUpdate,
  ProjectLessonQuery,
} from "@orrery/contracts/lessons";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { promoteLesson } from "./lesson-promotion-service.js";
import { listProjectLessons, searchLessons, suggestLessons } from "./lesson-search-service.js";
import { createLesson, deleteLesson, getLesson, updateLesson } from "./lesson-service.js";

const LessonParams = ProjectParams.extend({ lessonId: z.string().describe("The lesson's id") });
const OrgLessonParams = OrgParams.extend({ lessonId: z.string().describe("The lesson's id") });
const tags = ["lessons"];

/** Lessons learned: per project under projects/{id}/lessons; the knowledge base under /lessons. */
export function lessonRoutes(app: ApiApp, runtime: Runtime): void {
  const project = "/api/v1/orgs/:org/projects/:id/lessons";
  const org = "/api/v1/orgs/:org/lessons";

  app.get(
    project,
    {
      config: { policy: "lesson.read" },
      schema: {
        tags,
        summary: "A project's lessons learned, newest first, or searched with q (best first)",
        params: ProjectParams,
        querystring: ProjectLessonQuery,
        response: { 200: Page(LessonHit), ...problemResponses },
      },
    },
    async (request) =>
      listProjectLessons(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.post(
    project,
    {
      config: { policy: "lesson.edit" },
      schema: {
        tags,
        summary: "Record a lesson learned, linked to the project's risks and tasks",
        params: ProjectParams,
        body: LessonCreate,
        response: { 201: Lesson, ...problemResponses },
      },
    },
    async (request, reply) => {
      const lesson = await createLesson(orgCtx(request, runtime), request.params.id, request.body);
      setETag(reply, lesson.version);
      return reply
        .code(201)
        .header(
          "location",
          `/api/v1/orgs/${request.params.org}/projects/${lesson.project.id}/lessons/${lesson.id}`,
        )
        .send(lesson);
    },
  );

  app.get(
    `${project}/:lessonId`,
    {
      config: { policy: "lesson.read" },
      schema: {
        tags,
        summary: "One lesson",
        params: LessonParams,
        response: { 200: Lesson, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, lessonId } = request.params;
      const lesson = await getLesson(orgCtx(request, runtime), id, lessonId);
      setETag(reply, lesson.version);
      return lesson;
    },
  );

  app.patch(
    `${project}/:lessonId`,
    {
      config: { policy: "lesson.edit" },
      schema: {
        tags,
        summary: "Change a lesson (honours If-Match; 412 when stale)",
        params: LessonParams,
        body: LessonUpdate,
        response: { 200: Lesson, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, lessonId } = request.params;
      const lesson = await updateLesson(
        orgCtx(request, runtime),
        id,
        lessonId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, lesson.version);
      return lesson;
    },
  );

  app.delete(
    `${project}/:lessonId`,
    {
      config: { policy: "lesson.edit" },
      schema: {
        tags,
        summary: "Delete a lesson for good (honours If-Match)",
        params: LessonParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, lessonId } = request.params;
      await deleteLesson(orgCtx(request, runtime), id, lessonId, expectedVersion(request));
      return reply.code(204).send();
    },
  );

  app.get(
    org,
    {
      config: { policy: "lesson.search" },
      schema: {
        tags,
        summary:
          "The knowledge base: lessons of every project I may read, searched with q (ranked, highlighted) and filtered",
        params: OrgParams,
        querystring: LessonSearchQuery,
        response: { 200: Page(LessonHit), ...problemResponses },
      },
    },
    async (request) => searchLessons(orgCtx(request, runtime), request.query),
  );

  app.get(
    `${org}/suggestions`,
    {
      config: { policy: "lesson.search" },
      schema: {
        tags,
        summary:
          "Lessons of other projects relevant to a project (its name, description, tags) or to some text, such as a risk being recorded",
        params: OrgParams,
        querystring: LessonSuggestionQuery,
        response: { 200: LessonSuggestions, ...problemResponses },
      },
    },
    async (request) => suggestLessons(orgCtx(request, runtime), request.query),
  );

  app.post(
    `${org}/:lessonId/promotions`,
    {
      config: { policy: "lesson.promote" },
      schema: {
        tags,
        summary:
          "Promote a lesson into a template as a gate criterion or a default risk, publishing the template's next version (If-Match: the template's version; 412 when stale)",
        params: OrgLessonParams,
        body: LessonPromotionCreate,
        response: { 201: LessonPromotion, ...problemResponses },
      },
    },
    async (request, reply) => {
      const promotion = await promoteLesson(
        orgCtx(request, runtime),
        request.params.lessonId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, promotion.templateVersion);
      return reply
        .code(201)
        .header(
          "location",
          `/api/v1/orgs/${request.params.org}/templates/${promotion.templateId}/versions/${promotion.templateVersion}`,
        )
        .send(promotion);
    },
  );
}
