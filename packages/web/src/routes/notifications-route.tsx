import { createRoute } from "@tanstack/react-router";
import { NotificationsPage } from "../features/notifications/notifications-page.js";
import { orgRoute } from "./org-route.js";

export const notificationsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/notifications",
  component: NotificationsPage,
});
