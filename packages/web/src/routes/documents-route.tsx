import { createRoute } from "@tanstack/react-router";
import { ProjectDocumentsPage } from "../features/documents/project-documents-page.js";
import { orgRoute } from "./org-route.js";

export const documentsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects/$projectId/documents",
  component: DocumentsRoute,
});

function DocumentsRoute() {
  const { projectId } = documentsRoute.useParams();
  return <ProjectDocumentsPage projectId={projectId} />;
}
