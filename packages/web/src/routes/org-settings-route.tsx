import { createRoute } from "@tanstack/react-router";
import { OrgSettingsPage } from "../features/orgs/org-settings-page.js";
import { orgRoute } from "./org-route.js";

export const orgSettingsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/settings",
  component: OrgSettingsPage,
});
