import { Page } from "@orrery/contracts/common";
import { ApiToken, type TokenCreate, TokenCreated } from "@orrery/contracts/tokens";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const TokenPage = Page(ApiToken);

/** Every API token of the caller (never their secrets). */
export function listMyTokens(api: ApiClient): Promise<ApiToken[]> {
  return collectItems(
    (page) =>
      api.call(
        { method: "GET", path: ["tokens"], query: { limit: page.limit, cursor: page.cursor } },
        TokenPage,
      ),
    undefined,
  );
}

/** Creates a token; the answer holds its secret, which the server never shows again. */
export function createToken(api: ApiClient, body: TokenCreate): Promise<TokenCreated> {
  return api.call({ method: "POST", path: ["tokens"], body }, TokenCreated);
}

/** Revokes one of the caller's tokens; it stops working at once. */
export function revokeToken(api: ApiClient, id: string): Promise<void> {
  return api.callForNoContent({ method: "DELETE", path: ["tokens", id] });
}
