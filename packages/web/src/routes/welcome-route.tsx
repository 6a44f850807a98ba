import { createRoute } from "@tanstack/react-router";
import { WelcomePage } from "../features/orgs/welcome-page.js";
import { appRoute } from "./app-route.js";

export const welcomeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/welcome",
  component: WelcomePage,
});
