import { createRoute } from "@tanstack/react-router";
import { DocumentLibraryPage } from "../features/documents/document-library-page.js";
import { orgRoute } from "./org-route.js";

export const documentLibraryRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/documents",
  component: DocumentLibraryPage,
});
