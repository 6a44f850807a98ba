import {
  LifecycleApply,
  LifecycleMigrate,
  LifecycleUpdate,
  ProjectLifecycle,
} from "@orrery/contracts/lifecycle";
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

  app.patch(
    path,
    {
      config: { policy: "lifecycle.manage" },
      schema: {
        tags,
        summary:
          "Tick lines of the next gate's checklist (criteria, required documents with a reference) and plan gate dates (honours If-Match)",
        params: ProjectParams,
        body: LifecycleUpdate,
        response,
      },
    },
    async (request, reply) => {
      const lifecycle = await updateLifecycle(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, lifecycle.version);
      return lifecycle;
    },
  );

  app.post(
    `${path}/migrate`,
    {
      config: { policy: "lifecycle.manage" },
      schema: {
        tags,
        summary: "Move the project to a newer version of its template (audited; honours If-Match)",
        params: ProjectParams,
        body: LifecycleMigrate,
        response,
      },
    },
    async (request, reply) => {
      const lifecycle = await migrateLifecycle(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, lifecycle.version);
      return lifecycle;
    },
  );

  app.post(
    `${path}/advance`,
    {
      config: { policy: "lifecycle.manage" },
      schema: {
        tags,
        summary:
          "Enter the next phase, or close the lifecycle after the last gate; 409 with the reason unless the gate is approved",
        params: ProjectParams,
        response,
      },
    },
    async (request, reply) => {
      const lifecycle = await advancePhase(
        orgCtx(request, runtime),
        request.params.id,
        expectedVersion(request),
      );
      setETag(reply, lifecycle.version);
      return lifecycle;
    },
  );
}
