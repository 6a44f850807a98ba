import { createRoute } from "@tanstack/react-router";
import { CompliancePage } from "../features/compliance/compliance-page.js";
import { orgRoute } from "./org-route.js";

export const complianceRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/compliance",
  component: CompliancePage,
});
