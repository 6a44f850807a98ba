import { Me } from "@orrery/contracts/account";
import type { ApiApp } from "../http/api-app.js";
import { accountCtx } from "../http/request-context.js";
import { problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { getMe } from "./me-service.js";

export function meRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/me",
    {
      config: { policy: "account.read" },
      schema: {
        tags: ["me"],
        summary: "Who I am, my organisations, and how I signed in",
        response: { 200: Me, ...problemResponses },
      },
    },
    async (request) => getMe(accountCtx(request, runtime), request.auth?.caller.kind ?? "session"),
  );
}
