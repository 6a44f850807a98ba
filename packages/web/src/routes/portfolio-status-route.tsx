import { createRoute } from "@tanstack/react-router";
import { PortfolioStatusPage } from "../features/status-reports/portfolio-status-page.js";
import { orgRoute } from "./org-route.js";

export const portfolioStatusRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/status",
  component: PortfolioStatusPage,
});
