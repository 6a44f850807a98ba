import type { ErrorComponentProps } from "@tanstack/react-router";
import { useRouter } from "@tanstack/react-router";
import { problemStatus } from "../api/api-problem.js";
import { ErrorState } from "./error-state.js";
import { NotFoundPage } from "./not-found-page.js";

/**
 * A route whose data failed to load: a missing (or hidden) resource reads as "not found" with a
 * way back; anything else says what failed and offers to reload the route.
 */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  if (problemStatus(error) === 404) return <NotFoundPage />;
  return (
    <ErrorState
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}
