import { Me } from "@orrery/contracts/account";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
  useSuspenseQuery,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";
import { CHECKS_SESSION } from "../../api/query-client.js";

const meKey = ["me"] as const;

/** Who is signed in and the organisations they belong to; a 401 means nobody is. */
export function meQuery() {
  return queryOptions({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchJson(Me, "/api/v1/me", { signal }),
    staleTime: 60_000,
    meta: { [CHECKS_SESSION]: true },
  });
}

/** The signed-in caller; only inside the signed-in area, whose route has already loaded it. */
export function useMe(): Me {
  return useSuspenseQuery(meQuery()).data;
}

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      fetchNoContent("/api/auth/sign-in/email", { method: "POST", body: credentials }),
    // Whatever was cached belonged to the previous session, if any.
    onSuccess: () => queryClient.clear(),
  });
}

/**
 * Signs out, then `leave()`s the signed-in pages (navigates to sign-in) before the cache is
 * cleared, so no signed-in view re-renders without its data in between.
 */
export function useSignOut(leave: () => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchNoContent("/api/auth/sign-out", { method: "POST", body: {} }),
    onSettled: async () => {
      await leave();
      queryClient.clear();
    },
  });
}

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly revokeOtherSessions: boolean;
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (change: PasswordChange) =>
      fetchNoContent("/api/auth/change-password", { method: "POST", body: change }),
  });
}

/** Refetches the caller after something changed their memberships, roles or organisations. */
export function invalidateMe(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: meKey });
}

export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => invalidateMe(queryClient);
}
