import { createRoute } from "@tanstack/react-router";
import { MembersPage } from "../features/members/members-page.js";
import { orgRoute } from "./org-route.js";

export const membersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/members",
  component: MembersPage,
});
