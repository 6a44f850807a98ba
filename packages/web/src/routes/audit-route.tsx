import { createRoute } from "@tanstack/react-router";
import { AuditSearch } from "../features/audit/audit-filters.js";
import { AuditPage } from "../features/audit/audit-page.js";
import { orgRoute } from "./org-route.js";

export const auditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/audit",
  validateSearch: AuditSearch,
  component: AuditRoute,
});

function AuditRoute() {
  const search = auditRoute.useSearch();
  const navigate = auditRoute.useNavigate();
  return (
    <AuditPage
      search={search}
      onSearchChange={(next) =>
        void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })
      }
    />
  );
}
