import { createRoute } from "@tanstack/react-router";
import { PortfolioRaidPage } from "../features/raid/portfolio-raid-page.js";
import { orgRoute } from "./org-route.js";

export const portfolioRaidRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/raid",
  component: PortfolioRaidPage,
});
