import { AccountReady, SetupComplete, SetupStatus } from "@orrery/contracts/account";
import { signInOnReply } from "../auth/sign-in.js";
import type { ApiApp } from "../http/api-app.js";
import { problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { completeSetup, isSetupNeeded } from "./setup-service.js";

/** `attemptsPerMinute`: password-setting calls per client address (ORRERY_SIGN_IN_RATE_LIMIT). */
export function setupRoutes(app: ApiApp, runtime: Runtime, attemptsPerMinute: number): void {
  app.get(
    "/api/v1/setup",
    {
      config: { policy: "public" },
      schema: {
        tags: ["setup"],
        summary: "Whether the first administrator still has to be created",
        security: [],
        response: { 200: SetupStatus, ...problemResponses },
      },
    },
    async () => ({ needed: await isSetupNeeded(runtime.services().store.db) }),
  );

  app.post(
    "/api/v1/setup",
    {
      config: { policy: "public", rateLimit: { max: attemptsPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["setup"],
        summary: "Create the first administrator and organisation with the one-time setup link",
        security: [],
        body: SetupComplete,
        response: { 201: AccountReady, ...problemResponses },
      },
    },
    async (request, reply) => {
      const services = runtime.services();
      const done = await completeSetup(
        services.store.db,
        request.body,
        new Date(),
        String(request.id),
      );
      await signInOnReply(services, request, reply, {
        email: done.user.email,
        password: done.password,
      });
      return reply.code(201).send({ user: done.user, org: done.org });
    },
  );
}
