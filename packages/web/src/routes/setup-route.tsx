import { createRoute, useNavigate } from "@tanstack/react-router";
import { z } from "zod";
import { SetupPage } from "../features/setup/setup-page.js";
import { rootRoute } from "./root-route.js";

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  validateSearch: z.object({ token: z.string().max(500).optional().catch(undefined) }),
  component: SetupRoute,
});

function SetupRoute() {
  const { token } = setupRoute.useSearch();
  const navigate = useNavigate();
  return (
    <SetupPage
      token={token}
      onDone={({ org }) => void navigate({ to: "/orgs/$org/projects", params: { org: org.slug } })}
    />
  );
}
