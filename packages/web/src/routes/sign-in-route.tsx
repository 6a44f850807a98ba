import { createRoute, useNavigate } from "@tanstack/react-router";
import { z } from "zod";
import { safeRedirect } from "../features/account/safe-redirect.js";
import { SignInForm } from "../features/account/sign-in-form.js";
import { PublicLayout } from "../shell/public-layout.js";
import { rootRoute } from "./root-route.js";

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: z.object({ redirect: z.string().max(2000).optional().catch(undefined) }),
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect } = signInRoute.useSearch();
  const navigate = useNavigate();
  return (
    <PublicLayout title="Sign in" description="Welcome back to Orrery.">
      <SignInForm onSignedIn={() => void navigate({ href: safeRedirect(redirect) })} />
    </PublicLayout>
  );
}
