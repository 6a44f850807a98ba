import { QueryCache, QueryClient } from "@tanstack/react-query";
import { problemStatus } from "./api-problem.js";

/** Client errors will not change by asking again; network blips and 5xx get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = problemStatus(error);
  if (status !== null && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

/** Query meta flag of the query that checks whether anyone is signed in. */
export const CHECKS_SESSION = "checksSession";

/**
 * The app's one query client. A 401 from a query means the session ended (signed out in another
 * tab, expired), so the caller is sent to sign in rather than shown an error. Mutations are left
 * out: a wrong password on the sign-in or change-password form is a 401 the form itself shows.
 */
export function createQueryClient(onSessionEnded: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (problemStatus(error) !== 401) return;
        // The sign-in check itself (`me`) answers 401 when nobody is signed in yet; the
        // signed-in route decides where to go then (setup or sign-in), not this handler.
        if (query.meta?.[CHECKS_SESSION] === true) return;
        onSessionEnded();
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });
}
