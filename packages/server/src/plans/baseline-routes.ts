import {
  Baseline,
  BaselineCompareQuery,
  BaselineComparison,
  BaselineList,
  BaselineRestore,
  BaselineSummary,
} from "@orrery/contracts/plans";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  clearBaseline,
  compareBaselines,
  getBaseline,
  listBaselines,
  setBaseline,
} from "./baseline-service.js";

const BaselineParams = ProjectParams.extend({
  number: z.string().describe("Baseline number, 0 (Baseline) to 10 (Baseline10)"),
});

export function baselineRoutes(app: ApiApp, runtime: Runtime): void {
  const baselines = "/api/v1/orgs/:org/projects/:id/baselines";

  app.get(
    baselines,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "The baselines set, with how many tasks each holds",
        params: ProjectParams,
        response: { 200: BaselineList, ...problemResponses },
      },
    },
    async (request) => listBaselines(orgCtx(request, runtime), request.params.id),
  );

  // Registered before `/:number`; a static segment wins over a parameter either way.
  app.get(
    `${baselines}/compare`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary:
          "Compare two baselines, or one with the current schedule: each task's dates in both and its start, finish and duration variance in working minutes (b minus a: positive is later)",
        params: ProjectParams,
        querystring: BaselineCompareQuery,
        response: { 200: BaselineComparison, ...problemResponses },
      },
    },
    async (request) => compareBaselines(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.get(
    `${baselines}/:number`,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "One baseline: each task's start, finish, duration, work and cost",
        params: BaselineParams,
        response: { 200: Baseline, ...problemResponses },
      },
    },
    async (request) =>
      getBaseline(orgCtx(request, runtime), request.params.id, request.params.number),
  );

  app.put(
    `${baselines}/:number`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary:
          "Set the baseline from the current schedule (replaces what it held); with a body, store the values given instead (restores what it held before: undo)",
        params: BaselineParams,
        // Without a body Fastify hands over null.
        body: BaselineRestore.nullish(),
        response: { 200: BaselineSummary, ...problemResponses },
      },
    },
    async (request) =>
      setBaseline(
        orgCtx(request, runtime),
        request.params.id,
        request.params.number,
        request.body ?? undefined,
      ),
  );

  app.delete(
    `${baselines}/:number`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Clear the baseline",
        params: BaselineParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await clearBaseline(orgCtx(request, runtime), request.params.id, request.params.number);
      return reply.code(204).send();
    },
  );
}
