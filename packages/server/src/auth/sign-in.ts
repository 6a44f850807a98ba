import type { FastifyReply, FastifyRequest } from "fastify";
import type { Services } from "../runtime.js";
import { headersOf } from "./authenticate.js";

/**
 * Signs a person in through better-auth right after we created their password (setup,
 * accepted invitation) and passes its session cookie on to the browser.
 */
export async function signInOnReply(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  credentials: { email: string; password: string },
): Promise<void> {
  const auth = await services.auth();
  const response = await auth.api.signInEmail({
    body: credentials,
    headers: headersOf(request),
    asResponse: true,
  });
  const cookies = response.headers.getSetCookie();
  if (!response.ok || cookies.length === 0) {
    request.log.warn({ status: response.status }, "sign-in after account creation failed");
    return;
  }
  reply.header("set-cookie", cookies);
}
