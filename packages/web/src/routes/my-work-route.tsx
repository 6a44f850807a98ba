import { createRoute } from "@tanstack/react-router";
import { MyWorkPage } from "../features/my-work/my-work-page.js";
import { orgRoute } from "./org-route.js";

export const myWorkRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/my-work",
  component: MyWorkPage,
});
