import { createRoute } from "@tanstack/react-router";
import { TemplateLibraryPage } from "../features/templates/template-library-page.js";
import { orgRoute } from "./org-route.js";

export const templatesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/templates",
  component: TemplateLibraryPage,
});
