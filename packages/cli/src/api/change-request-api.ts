import { ChangeRequest, type ChangeRequestCreate } from "@orrery/contracts/change-requests";
import { Page } from "@orrery/contracts/common";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const RequestPage = Page(ChangeRequest);

function requestsPath(org: string, project: string): string[] {
  return ["orgs", org, "projects", project, "change-requests"];
}

/** The project's change log, newest first (following cursors), or its first `atMost`. */
export function listChangeRequests(
  api: ApiClient,
  org: string,
  project: string,
  status: string | undefined,
  atMost: number | undefined,
): Promise<ChangeRequest[]> {
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: requestsPath(org, project),
          query: { status, limit: page.limit, cursor: page.cursor },
        },
        RequestPage,
      ),
    atMost,
  );
}

/** One request by id; the server recomputes its impact if the plan moved on. */
export function getChangeRequest(
  api: ApiClient,
  org: string,
  project: string,
  id: string,
): Promise<ChangeRequest> {
  return api.call({ method: "GET", path: [...requestsPath(org, project), id] }, ChangeRequest);
}

/** Raises a draft change request; the answer carries its computed schedule impact. */
export function createChangeRequest(
  api: ApiClient,
  org: string,
  project: string,
  body: ChangeRequestCreate,
): Promise<ChangeRequest> {
  return api.call({ method: "POST", path: requestsPath(org, project), body }, ChangeRequest);
}
