import { Page } from "@orrery/contracts/common";
import {
  Project,
  type ProjectCreate,
  type ProjectSort,
  type ProjectStatus,
  type ProjectUpdate,
} from "@orrery/contracts/projects";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const ProjectPage = Page(Project);

/** The filters of `GET /orgs/{org}/projects`, already validated. */
export interface ProjectFilter {
  readonly status?: readonly ProjectStatus[] | undefined;
  readonly q?: string | undefined;
  readonly sort?: ProjectSort | undefined;
  readonly archived?: "false" | "true" | "all" | undefined;
}

/** Every project matching the filter (following cursors), or the first `atMost` of them. */
export function listProjects(
  api: ApiClient,
  org: string,
  filter: ProjectFilter,
  atMost: number | undefined,
): Promise<Project[]> {
  const query = {
    status: filter.status && filter.status.length > 0 ? filter.status.join(",") : undefined,
    q: filter.q,
    sort: filter.sort,
    archived: filter.archived,
  };
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: ["orgs", org, "projects"],
          query: { ...query, limit: page.limit, cursor: page.cursor },
        },
        ProjectPage,
      ),
    atMost,
  );
}

/** One project by its id or its key: the server resolves either in the same route. */
export function getProject(api: ApiClient, org: string, idOrKey: string): Promise<Project> {
  return api.call({ method: "GET", path: ["orgs", org, "projects", idOrKey] }, Project);
}

/** Creates a project; the caller becomes one of its managers. */
export function createProject(api: ApiClient, org: string, body: ProjectCreate): Promise<Project> {
  return api.call({ method: "POST", path: ["orgs", org, "projects"], body }, Project);
}

/** Applies `body` only if the project is still at `version` (else a 412 `ApiError`). */
export function updateProject(
  api: ApiClient,
  org: string,
  id: string,
  body: ProjectUpdate,
  version: number,
): Promise<Project> {
  return api.call(
    { method: "PATCH", path: ["orgs", org, "projects", id], body, ifMatch: version },
    Project,
  );
}

/** Deletes the project only if it is still at `version` (else a 412 `ApiError`). */
export function deleteProject(
  api: ApiClient,
  org: string,
  id: string,
  version: number,
): Promise<void> {
  return api.callForNoContent({
    method: "DELETE",
    path: ["orgs", org, "projects", id],
    ifMatch: version,
  });
}
