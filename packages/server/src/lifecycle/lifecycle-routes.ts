import {
  LifecycleApply,
  LifecycleMigrate,
  LifecycleUpdate,
  ProjectLifecycle,
} from "@orrery/contracts/lifecycle";
import type { FastifyRequest } from "fastify";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  advancePhase,
  applyTemplate,
  getLifecycle,
  migrateLifecycle,
  updateLifecycle,
} from "./lifecycle-service.js";

const tags = ["lifecycle"];

/** What a lifecycle change's handler reads: the project in the path, the body as sent. */
type ChangeRequest = FastifyRequest<{
  Params: { org: string; id: string };
  Body: unknown;
}>;
const response = { 200: ProjectLifecycle, ...problemResponses };

/** A project's lifecycle: its template version, phases, next gate and what that gate misses. */
export function lifecycleRoutes(app: ApiApp, runtime: Runtime): void {
  const path = "/api/v1/orgs/:org/projects/:id/lifecycle";

  app.get(
    path,
    {
      config: { policy: "lifecycle.read" },
      schema: {
        tags,
        summary: "The project's lifecycle: current phase, next gate, what it misses (404 if none)",
        params: ProjectParams,
        response,
      },
    },
    async (request, reply) => {
      const lifecycle = await getLifecycle(orgCtx(request, runtime), request.params.id);
      setETag(reply, lifecycle.version);
      return lifecycle;
    },
  );

  app.put(
    path,
    {
      config: { policy: "lifecycle.manage" },
      schema: {
        tags,
        summary:
          "Put a project without a lifecycle on a template version (the latest by default); 409 if it has one",
        params: ProjectParams,
        body: LifecycleApply,
        response,
      },
    },
    async (request, reply) => {
      const lifecycle = await applyTemplate(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      setETag(reply, lifecycle.version);
      return lifecycle;
    },
  );

  const change = (
    method: "PATCH" | "POST",
    url: string,
    summary: string,
    body: typeof LifecycleUpdate | typeof LifecycleMigrate | undefined,
    run: (request: ChangeRequest) => Promise<ProjectLifecycle>,
  ) =>
    app.route({
      method,
      url,
      config: { policy: "lifecycle.manage" },
      schema: { tags, summary, params: ProjectParams, ...(body ? { body } : {}), response },
      handler: async (request, reply) => {
        const lifecycle = await run(request);
        setETag(reply, lifecycle.version);
        return lifecycle;
      },
    });

  change(
    "PATCH",
    path,
    "Tick lines of the next gate's checklist (criteria, required documents with a reference) and plan gate dates (honours If-Match)",
    LifecycleUpdate,
    (request) =>
      updateLifecycle(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      ),
  );
  change(
    "POST",
    `${path}/migrate`,
    "Move the project to a newer version of its template (audited; honours If-Match)",
    LifecycleMigrate,
    (request) =>
      migrateLifecycle(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      ),
  );
  change(
    "POST",
    `${path}/advance`,
    "Enter the next phase, or close the lifecycle after the last gate; 409 with the reason unless the gate is approved",
    undefined,
    (request) =>
      advancePhase(orgCtx(request, runtime), request.params.id, expectedVersion(request)),
  );
}
