import { Page, PageQuery } from "@orrery/contracts/common";
import { ApiToken, TokenCreate, TokenCreated } from "@orrery/contracts/tokens";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { accountCtx } from "../http/request-context.js";
import { NoContent, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { createToken, listMyTokens, revokeToken } from "./token-service.js";

export function tokenRoutes(app: ApiApp, runtime: Runtime): void {
  app.get(
    "/api/v1/tokens",
    {
      config: { policy: "account.read" },
      schema: {
        tags: ["tokens"],
        summary: "My API tokens (never their secrets)",
        querystring: PageQuery,
        response: { 200: Page(ApiToken), ...problemResponses },
      },
    },
    async (request) => listMyTokens(accountCtx(request, runtime), request.query),
  );

  app.post(
    "/api/v1/tokens",
    {
      config: { policy: "token.manage" },
      schema: {
        tags: ["tokens"],
        summary: "Create an API token; its secret is shown in this answer only",
        body: TokenCreate,
        response: { 201: TokenCreated, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await createToken(accountCtx(request, runtime), request.body);
      return reply.code(201).header("cache-control", "no-store").send(created);
    },
  );

  app.delete(
    "/api/v1/tokens/:id",
    {
      config: { policy: "token.manage" },
      schema: {
        tags: ["tokens"],
        summary: "Revoke one of my API tokens",
        params: z.object({ id: z.string() }),
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await revokeToken(accountCtx(request, runtime), request.params.id);
      return reply.code(204).send();
    },
  );
}
