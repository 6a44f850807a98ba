import { Page } from "@orrery/contracts/common";
import {
  PortfolioStatusEntry,
  StatusReport,
  type StatusReportCreate,
} from "@orrery/contracts/status-reports";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const StatusPage = Page(PortfolioStatusEntry);

/** Drafts a report (colours computed by the server) and submits it in the same breath. */
export async function submitNewStatusReport(
  api: ApiClient,
  org: string,
  project: string,
  body: StatusReportCreate,
): Promise<StatusReport> {
  const reports = ["orgs", org, "projects", project, "status-reports"];
  const draft = await api.call({ method: "POST", path: reports, body }, StatusReport);
  return api.call(
    {
      method: "POST",
      path: [...reports, draft.id, "submit"],
      body: {},
      ifMatch: draft.version,
    },
    StatusReport,
  );
}

/** Every live project the caller may read, with its latest report. */
export function portfolioStatus(api: ApiClient, org: string): Promise<PortfolioStatusEntry[]> {
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: ["orgs", org, "status"],
          query: { limit: page.limit, cursor: page.cursor },
        },
        StatusPage,
      ),
    undefined,
  );
}
