import {
  Plan,
  PlanChange,
  PlanUpdate,
  Task,
  TaskBatch,
  TaskCreate,
  TaskList,
  TaskUpdate,
} from "@orrery/contracts/plans";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { getPlan, updatePlanSettings } from "./plan-settings-service.js";
import {
  applyTaskBatch,
  createTask,
  deleteTask,
  getTask,
  listTasks,
  updateTask,
} from "./task-service.js";

const TaskParams = ProjectParams.extend({
  uid: z.coerce.number().int().min(1).max(2_000_000_000).describe("The task's UID in the plan"),
});

/** A batch may carry a whole pasted or imported outline: more than the default body limit. */
const BATCH_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

export function taskRoutes(app: ApiApp, runtime: Runtime): void {
  const base = "/api/v1/orgs/:org/projects/:id";

  app.get(
    `${base}/plan`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "The plan's settings, computed finish and version",
        params: ProjectParams,
        response: { 200: Plan, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await getPlan(orgCtx(request, runtime), request.params.id);
      setETag(reply, plan.version);
      return plan;
    },
  );

  app.patch(
    `${base}/plan`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Change the plan's start, status date, calendar or constraint rule; reschedules",
        params: ProjectParams,
        body: PlanUpdate,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const change = await updatePlanSettings(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, change.plan.version);
      return change;
    },
  );

  app.get(
    `${base}/tasks`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "Every task in outline order, with the engine's computed dates and floats",
        params: ProjectParams,
        response: { 200: TaskList, ...problemResponses },
      },
    },
    async (request) => listTasks(orgCtx(request, runtime), request.params.id),
  );

  app.post(
    `${base}/tasks`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Add a task and reschedule; answers the tasks that changed",
        params: ProjectParams,
        body: TaskCreate,
        response: { 201: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { change, uid } = await createTask(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      setETag(reply, 1);
      reply.header("location", `${request.url}/${uid}`);
      return reply.code(201).send(change);
    },
  );

  app.post(
    `${base}/tasks::batch`,
    {
      config: { policy: "plan.edit" },
      bodyLimit: BATCH_BODY_LIMIT_BYTES,
      schema: {
        tags: ["plans"],
        summary:
          "Apply operations in order in one transaction with one reschedule; one bad operation refuses all",
        params: ProjectParams,
        body: TaskBatch,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request) => applyTaskBatch(orgCtx(request, runtime), request.params.id, request.body),
  );

  app.get(
    `${base}/tasks/:uid`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "One task",
        params: TaskParams,
        response: { 200: Task, ...problemResponses },
      },
    },
    async (request, reply) => {
      const task = await getTask(orgCtx(request, runtime), request.params.id, request.params.uid);
      setETag(reply, task.version);
      return task;
    },
  );

  app.patch(
    `${base}/tasks/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Change a task and reschedule (honours If-Match; 412 when stale)",
        params: TaskParams,
        body: TaskUpdate,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const change = await updateTask(
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

  app.delete(
    `${base}/tasks/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Delete a task (a summary with its subtasks) and reschedule (honours If-Match)",
        params: TaskParams,
        response: { 200: PlanChange, ...problemResponses },
      },
    },
    async (request) =>
      deleteTask(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        expectedVersion(request),
      ),
  );
}
