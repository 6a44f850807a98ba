import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { NotFoundPage } from "../page-states/not-found-page.js";
import { MAIN_CONTENT_ID } from "../shell/skip-link.js";

export interface RouterContext {
  readonly queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  // Outside the signed-in frame there is no <main> yet, so this one brings its own.
  notFoundComponent: () => (
    <main id={MAIN_CONTENT_ID}>
      <NotFoundPage />
    </main>
  ),
});
