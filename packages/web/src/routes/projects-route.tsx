import { createRoute } from "@tanstack/react-router";
import { ProjectSearch } from "../features/projects/project-filters.js";
import { ProjectListPage } from "../features/projects/project-list-page.js";
import { orgRoute } from "./org-route.js";

export const projectsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/projects",
  validateSearch: ProjectSearch,
  component: ProjectsRoute,
});

function ProjectsRoute() {
  const search = projectsRoute.useSearch();
  const navigate = projectsRoute.useNavigate();
  return (
    <ProjectListPage
      search={search}
      onSearchChange={(next) =>
        void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })
      }
    />
  );
}
