import { Page } from "@orrery/contracts/common";
import { GateCalendarEntry, GateReview, ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const CalendarPage = Page(GateCalendarEntry);
const TemplatePage = Page(LifecycleTemplate);

/** The next gate of every running project the caller may read, soonest first. */
export function gateCalendar(
  api: ApiClient,
  org: string,
  state: string | undefined,
  atMost: number | undefined,
): Promise<GateCalendarEntry[]> {
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: ["orgs", org, "gates", "calendar"],
          query: { state, limit: page.limit, cursor: page.cursor },
        },
        CalendarPage,
      ),
    atMost,
  );
}

/** Every lifecycle template of the organisation (the built-ins included). */
export function listTemplates(api: ApiClient, org: string): Promise<LifecycleTemplate[]> {
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: ["orgs", org, "templates"],
          query: { limit: page.limit, cursor: page.cursor },
        },
        TemplatePage,
      ),
    undefined,
  );
}

/** Requests the review of the gate closing the project's current phase. */
export async function requestNextGate(
  api: ApiClient,
  org: string,
  project: string,
  body: { note?: string | undefined; dueDate?: string | undefined },
): Promise<GateReview> {
  const lifecycle = await api.call(
    { method: "GET", path: ["orgs", org, "projects", project, "lifecycle"] },
    ProjectLifecycle,
  );
  return api.call(
    {
      method: "POST",
      path: ["orgs", org, "projects", project, "gates", String(lifecycle.currentPhase), "reviews"],
      body,
    },
    GateReview,
  );
}
