import { PlanChange, TaskProgress } from "@orrery/contracts/plans";
import {
  AssignmentList,
  ResourceChange,
  ResourceCreate,
  ResourceList,
  ResourceUpdate,
  TaskAssignments,
  TaskAssignmentsChange,
} from "@orrery/contracts/resources";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  createResource,
  deleteResource,
  listAssignments,
  listResources,
  setTaskAssignments,
  updateResource,
} from "./resource-service.js";
import { recordTaskProgress } from "./task-progress-service.js";

const Uid = (what: string) =>
  z.coerce.number().int().min(1).max(2_000_000_000).describe(`The ${what}'s UID in the plan`);
const ResourceParams = ProjectParams.extend({ uid: Uid("resource") });
const TaskParams = ProjectParams.extend({ uid: Uid("task") });

/** A plan's resources, its assignments, and progress recorded by the people assigned. */
export function resourceRoutes(app: ApiApp, runtime: Runtime): void {
  const base = "/api/v1/orgs/:org/projects/:id";

  app.get(
    `${base}/resources`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "The plan's resources, with the organisation member each one is mapped to",
        params: ProjectParams,
        response: { 200: ResourceList, ...problemResponses },
      },
    },
    async (request) => listResources(orgCtx(request, runtime), request.params.id),
  );

  app.post(
    `${base}/resources`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Add a resource; `userId` maps it to an organisation member",
        params: ProjectParams,
        body: ResourceCreate,
        response: { 201: ResourceChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await createResource(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      setETag(reply, 1);
      reply.header("location", `${request.url}/${result.resource?.uid}`);
      return reply.code(201).send(result);
    },
  );

  app.patch(
    `${base}/resources/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary:
          "Change a resource or map it to an organisation member (`userId`; honours If-Match)",
        params: ResourceParams,
        body: ResourceUpdate,
        response: { 200: ResourceChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await updateResource(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        request.body,
        expectedVersion(request),
      );
      if (result.resource) setETag(reply, result.resource.version);
      return result;
    },
  );

  app.delete(
    `${base}/resources/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Delete a resource and its assignments (honours If-Match)",
        params: ResourceParams,
        response: { 200: ResourceChange, ...problemResponses },
      },
    },
    async (request) =>
      deleteResource(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        expectedVersion(request),
      ),
  );

  app.get(
    `${base}/assignments`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "Every assignment of a resource to a task in the plan",
        params: ProjectParams,
        response: { 200: AssignmentList, ...problemResponses },
      },
    },
    async (request) => listAssignments(orgCtx(request, runtime), request.params.id),
  );

  app.put(
    `${base}/tasks/:uid/assignments`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary:
          "Replace the resources assigned to a task; moves no dates (tasks are fixed-duration; honours If-Match with the task's version)",
        params: TaskParams,
        body: TaskAssignments,
        response: { 200: TaskAssignmentsChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await setTaskAssignments(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        request.body,
        expectedVersion(request),
      );
      const task = result.change.changed.find((t) => t.uid === request.params.uid);
      if (task) setETag(reply, task.version);
      return result;
    },
  );

  app.patch(
    `${base}/tasks/:uid/progress`,
    {
      config: { policy: "task.progress" },
      schema: {
        tags: ["plans"],
        summary:
          "Record % complete, actual start and finish or remaining duration; the people assigned to the task may, whatever their project role (honours If-Match; reschedules)",
        params: TaskParams,
        body: TaskProgress,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const change = await recordTaskProgress(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        request.body,
        expectedVersion(request),
      );
      const task = change.changed.find((t) => t.uid === request.params.uid);
      if (task) setETag(reply, task.version);
      return change;
    },
  );
}
