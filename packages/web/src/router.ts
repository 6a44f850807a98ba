import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { RouteError } from "./page-states/route-error.js";
import { RoutePending } from "./page-states/route-pending.js";
import { accountRoute } from "./routes/account-route.js";
import { appRoute } from "./routes/app-route.js";
import { auditRoute } from "./routes/audit-route.js";
import { calendarsRoute } from "./routes/calendars-route.js";
import { certificationsRoute } from "./routes/certifications-route.js";
import { changesRoute } from "./routes/changes-route.js";
import { complianceRoute } from "./routes/compliance-route.js";
import { documentLibraryRoute } from "./routes/document-library-route.js";
import { documentsRoute } from "./routes/documents-route.js";
import { gateCalendarRoute } from "./routes/gate-calendar-route.js";
import { gateReviewRoute } from "./routes/gate-review-route.js";
import { homeRoute } from "./routes/home-route.js";
import { invitePathRoute, inviteRoute } from "./routes/invite-route.js";
import { knowledgeBaseRoute } from "./routes/knowledge-base-route.js";
import { lessonsRoute } from "./routes/lessons-route.js";
import { lifecycleRoute } from "./routes/lifecycle-route.js";
import { membersRoute } from "./routes/members-route.js";
import { milestonesRoute } from "./routes/milestones-route.js";
import { myWorkRoute } from "./routes/my-work-route.js";
import { notificationsRoute } from "./routes/notifications-route.js";
import { orgHomeRoute, orgRoute } from "./routes/org-route.js";
import { orgSettingsRoute } from "./routes/org-settings-route.js";
import { planRoute } from "./routes/plan-route.js";
import { portfolioRaidRoute } from "./routes/portfolio-raid-route.js";
import { portfolioStatusRoute } from "./routes/portfolio-status-route.js";
import { projectReviewRoute } from "./routes/project-review-route.js";
import { projectRoute } from "./routes/project-route.js";
import { projectsRoute } from "./routes/projects-route.js";
import { raidRoute } from "./routes/raid-route.js";
import { rootRoute } from "./routes/root-route.js";
import { setupRoute } from "./routes/setup-route.js";
import { signInRoute } from "./routes/sign-in-route.js";
import { statusReportsRoute } from "./routes/status-reports-route.js";
import { templateRoute } from "./routes/template-route.js";
import { templatesRoute } from "./routes/templates-route.js";
import { tokensRoute } from "./routes/tokens-route.js";
import { welcomeRoute } from "./routes/welcome-route.js";
import { parsePlainSearch, stringifyPlainSearch } from "./url-search.js";

const routeTree = rootRoute.addChildren([
  signInRoute,
  setupRoute,
  inviteRoute,
  invitePathRoute,
  appRoute.addChildren([
    homeRoute,
    welcomeRoute,
    accountRoute,
    tokensRoute,
    orgRoute.addChildren([
      orgHomeRoute,
      projectsRoute,
      projectRoute,
      planRoute,
      calendarsRoute,
      raidRoute,
      changesRoute,
      documentsRoute,
      documentLibraryRoute,
      portfolioRaidRoute,
      lifecycleRoute,
      gateReviewRoute,
      gateCalendarRoute,
      complianceRoute,
      templatesRoute,
      templateRoute,
      milestonesRoute,
      statusReportsRoute,
      portfolioStatusRoute,
      certificationsRoute,
      myWorkRoute,
      lessonsRoute,
      projectReviewRoute,
      knowledgeBaseRoute,
      membersRoute,
      auditRoute,
      orgSettingsRoute,
      notificationsRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // Query caches the data; the router should always ask it rather than keep its own copy.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
    parseSearch: parsePlainSearch,
    stringifySearch: stringifyPlainSearch,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
