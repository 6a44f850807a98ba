import { createRoute } from "@tanstack/react-router";
import { KnowledgeBasePage } from "../features/lessons/knowledge-base-page.js";
import { orgRoute } from "./org-route.js";

export const knowledgeBaseRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/lessons",
  component: KnowledgeBasePage,
});
