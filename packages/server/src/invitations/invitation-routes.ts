import {
  AccountReady,
  Invitation,
  InvitationAccept,
  InvitationLookup,
} from "@orrery/contracts/account";
import { signInOnReply } from "../auth/sign-in.js";
import type { ApiApp } from "../http/api-app.js";
import { problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { acceptInvitation, lookupInvitation } from "./invitation-service.js";

/**
 * The invitation page's two calls. The link's secret travels in the body, not the URL, so it
 * never lands in access logs or browser history of API calls. Accepting sets a password, so it
 * is limited like sign-in.
 */
export function invitationRoutes(app: ApiApp, runtime: Runtime, attemptsPerMinute: number): void {
  app.post(
    "/api/v1/invitations/lookup",
    {
      config: { policy: "public" },
      schema: {
        tags: ["invitations"],
        summary: "What an invitation link offers (404 when unknown, used or expired)",
        security: [],
        body: InvitationLookup,
        response: { 200: Invitation, ...problemResponses },
      },
    },
    async (request) => lookupInvitation(runtime.services().store.db, request.body, new Date()),
  );

  app.post(
    "/api/v1/invitations/accept",
    {
      config: { policy: "public", rateLimit: { max: attemptsPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["invitations"],
        summary: "Choose a name and password with an invitation link, and sign in",
        security: [],
        body: InvitationAccept,
        response: { 200: AccountReady, ...problemResponses },
      },
    },
    async (request, reply) => {
      const services = runtime.services();
      const accepted = await acceptInvitation(
        services.store.db,
        request.body,
        new Date(),
        String(request.id),
      );
      await signInOnReply(services, request, reply, {
        email: accepted.email,
        password: accepted.password,
      });
      return {
        user: { id: accepted.userId, name: accepted.name, email: accepted.email },
        org: accepted.org,
      };
    },
  );
}
