import { createRoute } from "@tanstack/react-router";
import { GateCalendarPage } from "../features/gates/gate-calendar-page.js";
import { orgRoute } from "./org-route.js";

export const gateCalendarRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: "/gates",
  component: GateCalendarPage,
});
