import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import type { StagedChanges } from "../events/event-bus.js";
import { type ProblemCode, problemType } from "../http/problem.js";
import type { Runtime } from "../runtime.js";
import { headersOf } from "./authenticate.js";
import { CLIENT_IP_HEADER } from "./better-auth.js";

/**
 * better-auth's own endpoints (sign-in, sign-out, session, change-password, …) under
 * `/api/auth/*`. The request is handed over as a Fetch Request; its errors come back as
 * problem+json like ours, keeping better-auth's `code` and `message` for its client.
 */
export function authRoutes(app: FastifyInstance, runtime: Runtime): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    async handler(request, reply) {
      const services = runtime.services();
      const auth = await services.auth();
      const headers = headersOf(request);
      headers.set(CLIENT_IP_HEADER, request.ip);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      if (body !== undefined) headers.set("content-type", "application/json");
      const url = new URL(request.url, services.config.publicUrl);
      const response = await auth.handler(
        new Request(url, { method: request.method, headers, body }),
      );
      if (response.ok && CHANGES_A_PERSON.has(url.pathname)) {
        // Names and e-mails travel with remembered credentials; which person is better-auth's
        // business, and this is rare, so every node forgets everything it remembered.
        const change: StagedChanges = { events: [], access: [{ kind: "all" }] };
        await services.events.stage(services.store.db, change);
        services.events.committed(change);
      }
      return forward(response, reply);
    },
  });
}

/** better-auth endpoints that change what `AccessCache` remembers about a person. */
const CHANGES_A_PERSON = new Set([
  "/api/auth/update-user",
  "/api/auth/change-email",
  "/api/auth/delete-user",
]);

const CODE_BY_STATUS: Partial<Record<number, ProblemCode>> = {
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  429: "rate-limited",
};

const AuthError = z.object({ code: z.string().optional(), message: z.string().optional() });

async function forward(response: Response, reply: FastifyReply): Promise<FastifyReply> {
  reply.code(response.status);
  for (const [name, value] of response.headers) {
    if (name === "set-cookie" || name === "content-length") continue;
    reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  const text = await response.text();
  if (response.status < 400) return reply.send(text === "" ? null : text);

  let parsed: z.infer<typeof AuthError> = {};
  try {
    parsed = AuthError.parse(JSON.parse(text));
  } catch {
    // better-auth answered without a JSON body; the status says enough.
  }
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status === 429 && retryAfter) reply.header("retry-after", retryAfter);
  const code = response.status >= 500 ? "internal" : (CODE_BY_STATUS[response.status] ?? "invalid");
  return reply.type("application/problem+json; charset=utf-8").send(
    JSON.stringify({
      type: problemType(code),
      title: response.statusText || "Authentication problem",
      status: response.status,
      detail: parsed.message ?? "the authentication request failed",
      requestId: String(reply.request.id),
      ...parsed,
    }),
  );
}
