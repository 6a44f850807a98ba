import { createRoute, notFound, Outlet, redirect } from "@tanstack/react-router";
import { meQuery } from "../features/account/queries.js";
import { useOrgEvents } from "../features/live-updates/org-events.js";
import { rememberOrg } from "../features/orgs/org-access.js";
import { appRoute } from "./app-route.js";

/** `/orgs/$org/…`: only organisations the caller belongs to; live updates while inside one. */
export const orgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/orgs/$org",
  beforeLoad: async ({ context, params }) => {
    const me = await context.queryClient.ensureQueryData(meQuery());
    if (!me.orgs.some((org) => org.slug === params.org)) throw notFound();
    rememberOrg(params.org);
  },
  component: OrgLayout,
});

function OrgLayout() {
  const { org } = orgRoute.useParams();
  useOrgEvents(org);
  return <Outlet />;
}

export const orgHomeRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/",
  beforeLoad: ({ params }) => {
    throw redirect({ to: "/orgs/$org/projects", params });
  },
});
