import { createRoute } from "@tanstack/react-router";
import { TokensPage } from "../features/tokens/tokens-page.js";
import { appRoute } from "./app-route.js";

export const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/tokens",
  component: TokensPage,
});
