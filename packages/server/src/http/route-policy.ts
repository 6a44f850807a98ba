import type { AccountAction, Action } from "@orrery/core/access/policy";
import type { RequestAuth } from "../auth/caller.js";

/**
 * What a route declares about access, in its `config.policy`: an organisation action from the
 * policy table, an action on the caller's own account, or `public` (no sign-in needed). Every
 * `/api/v1` route must declare one (the app refuses to start otherwise); the route × role test
 * reads these declarations. The service still performs the check itself.
 */
export type RoutePolicy = Action | AccountAction | "public";

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}
