import { createRoute } from "@tanstack/react-router";
import { CertificationsPage } from "../features/certifications/certifications-page.js";
import { orgRoute } from "./org-route.js";

export const certificationsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/certifications",
  component: CertificationsPage,
});
