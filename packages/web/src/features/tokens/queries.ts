import { Page } from "@orrery/contracts/common";
import { ApiToken, type TokenCreate, TokenCreated } from "@orrery/contracts/tokens";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";

const TokenPage = Page(ApiToken);
const tokensKey = ["tokens"] as const;

/** The caller's own API tokens (never their secrets). */
export function tokensQuery() {
  return queryOptions({
    queryKey: tokensKey,
    queryFn: ({ signal }) =>
      fetchJson(TokenPage, "/api/v1/tokens", { query: { limit: 500 }, signal }),
    select: (page) => page.items,
  });
}

export function useTokens() {
  return useQuery(tokensQuery());
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TokenCreate) =>
      fetchJson(TokenCreated, "/api/v1/tokens", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      fetchNoContent(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
