import { createRoute } from "@tanstack/react-router";
import { TemplatePage } from "../features/templates/template-page.js";
import { orgRoute } from "./org-route.js";

export const templateRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/templates/$templateId",
  component: TemplateRoute,
});

function TemplateRoute() {
  const { templateId } = templateRoute.useParams();
  return <TemplatePage templateId={templateId} />;
}
