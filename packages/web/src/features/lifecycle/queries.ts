import {
  type LifecycleApply,
  type LifecycleUpdate,
  ProjectLifecycle,
} from "@orrery/contracts/lifecycle";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

export const lifecycleKeys = {
  all: (org: string) => ["orgs", org, "lifecycle"] as const,
  project: (org: string, projectId: string) => [...lifecycleKeys.all(org), projectId] as const,
};

export function projectPath(org: string, projectId: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects/${encodeURIComponent(projectId)}`;
}

function lifecyclePath(org: string, projectId: string): string {
  return `${projectPath(org, projectId)}/lifecycle`;
}

export function lifecycleQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: lifecycleKeys.project(org, projectId),
    queryFn: ({ signal }) => fetchJson(ProjectLifecycle, lifecyclePath(org, projectId), { signal }),
    // A project without a lifecycle answers 404: that is an answer, not a failure to retry.
    retry: false,
  });
}

export function useLifecycle(org: string, projectId: string) {
  return useQuery(lifecycleQuery(org, projectId));
}

/** Everything a project manager does to the lifecycle; each answer replaces the cached one. */
export function useLifecycleChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = lifecyclePath(org, projectId);
  const onSuccess = (lifecycle: ProjectLifecycle) => {
    queryClient.setQueryData(lifecycleKeys.project(org, projectId), lifecycle);
    return queryClient.invalidateQueries({ queryKey: ["orgs", org, "gates", "calendar"] });
  };
  const apply = useMutation({
    mutationFn: (input: LifecycleApply) =>
      fetchJson(ProjectLifecycle, path, { method: "PUT", body: input }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({
      lifecycle,
      changes,
    }: {
      lifecycle: ProjectLifecycle;
      changes: LifecycleUpdate;
    }) =>
      fetchJson(ProjectLifecycle, path, {
        method: "PATCH",
        body: changes,
        ifMatch: lifecycle.version,
      }),
    onSuccess,
  });
  const migrate = useMutation({
    mutationFn: (lifecycle: ProjectLifecycle) =>
      fetchJson(ProjectLifecycle, `${path}/migrate`, {
        method: "POST",
        body: { version: lifecycle.template.latestVersion },
        ifMatch: lifecycle.version,
      }),
    onSuccess,
  });
  const advance = useMutation({
    mutationFn: (lifecycle: ProjectLifecycle) =>
      fetchJson(ProjectLifecycle, `${path}/advance`, {
        method: "POST",
        ifMatch: lifecycle.version,
      }),
    onSuccess,
  });
  return { apply, update, migrate, advance };
}
