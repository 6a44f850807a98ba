import { createRoute, useNavigate } from "@tanstack/react-router";
import { z } from "zod";
import { InvitationPage } from "../features/invitations/invitation-page.js";
import { rootRoute } from "./root-route.js";

/** `/invite?token=…`, the link the server hands the inviter. */
export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite",
  validateSearch: z.object({ token: z.string().max(500).optional().catch(undefined) }),
  component: InviteRoute,
});

/** `/invite/…`: the same page for links written with the token in the path. */
export const invitePathRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: InvitePathRoute,
});

function InviteRoute() {
  const { token } = inviteRoute.useSearch();
  return <Invitation token={token ?? ""} />;
}

function InvitePathRoute() {
  const { token } = invitePathRoute.useParams();
  return <Invitation token={token} />;
}

function Invitation({ token }: { readonly token: string }) {
  const navigate = useNavigate();
  return (
    <InvitationPage
      token={token}
      onJoined={({ org }) =>
        void navigate({ to: "/orgs/$org/projects", params: { org: org.slug } })
      }
    />
  );
}
