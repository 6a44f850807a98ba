import { createRoute } from "@tanstack/react-router";
import { AccountPage } from "../features/account/account-page.js";
import { appRoute } from "./app-route.js";

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});
