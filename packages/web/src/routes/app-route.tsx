import { createRoute, redirect } from "@tanstack/react-router";
import { problemStatus } from "../api/api-problem.js";
import { meQuery } from "../features/account/queries.js";
import { setupStatusQuery } from "../features/setup/queries.js";
import { NotFoundPage } from "../page-states/not-found-page.js";
import { AppLayout } from "../shell/app-layout.js";
import { rootRoute } from "./root-route.js";

/** Everything behind sign-in. Nobody signed in: a fresh install goes to setup, others sign in. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "signed-in",
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery());
    } catch (error) {
      if (problemStatus(error) !== 401) throw error;
      const setup = await context.queryClient.fetchQuery(setupStatusQuery()).catch(() => null);
      if (setup?.needed) throw redirect({ to: "/setup" });
      throw redirect({ to: "/sign-in", search: { redirect: location.href } });
    }
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});
