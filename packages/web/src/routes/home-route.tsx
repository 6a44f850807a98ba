import { createRoute, redirect } from "@tanstack/react-router";
import { meQuery } from "../features/account/queries.js";
import { preferredOrg } from "../features/orgs/org-access.js";
import { appRoute } from "./app-route.js";

/** `/` opens the projects of the organisation used last, or the welcome page without one. */
export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery());
    const org = preferredOrg(me);
    if (!org) throw redirect({ to: "/welcome" });
    throw redirect({ to: "/orgs/$org/projects", params: { org: org.slug } });
  },
});
