import type { FastifyRequest } from "fastify";
import type { Runtime } from "../runtime.js";
import type { Ctx, OrgCtx } from "../service/context.js";

/**
 * The service context of an authenticated request. The authentication hook has run for every
 * route that declares a policy, so a missing caller here is a wiring mistake, not a user error.
 */
export function accountCtx(request: FastifyRequest, runtime: Runtime): Ctx {
  const services = runtime.services();
  if (!request.auth)
    throw new Error(`route ${request.routeOptions.url} has no authenticated caller`);
  return {
    db: services.store.db,
    statements: services.store.statements,
    events: services.events,
    actor: request.auth.caller.actor,
    requestId: String(request.id),
    now: new Date(),
    mail: services.mail,
  };
}

export function orgCtx(request: FastifyRequest, runtime: Runtime): OrgCtx {
  const ctx = accountCtx(request, runtime);
  const membership = request.auth?.membership;
  if (!membership) throw new Error(`route ${request.routeOptions.url} has no organisation`);
  return { ...ctx, org: membership };
}
