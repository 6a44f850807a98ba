import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with, at
 * `/api/v1/openapi.json`, and a Swagger UI page at `/api/docs`. Registered before the routes
 * so it sees them all.
 */
export async function installApiDocs(app: FastifyInstance, publicUrl: URL): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Orrery API",
        version: "1",
        description:
          "The Orrery PMO platform. Authenticate with `Authorization: Bearer <API token>` or the " +
          "web app's session cookie. Errors are `application/problem+json` (RFC 9457). See " +
          "docs/api.md for pagination, ETags and live events.",
      },
      servers: [{ url: publicUrl.origin }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "An API token (`orr_…`) from POST /api/v1/tokens",
          },
          sessionCookie: {
            type: "apiKey",
            in: "cookie",
            name:
              publicUrl.protocol === "https:"
                ? "__Secure-orrery.session_token"
                : "orrery.session_token",
            description: "Set by POST /api/auth/sign-in/email",
          },
        },
      },
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get(
    "/api/v1/openapi.json",
    { schema: { hide: true }, config: { policy: "public" } },
    async () => app.swagger(),
  );
}
