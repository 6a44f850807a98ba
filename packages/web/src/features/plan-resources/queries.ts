import type { ResourceUpdate } from "@orrery/contracts/resources";
import { AssignmentList, ResourceChange, ResourceList } from "@orrery/contracts/resources";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchJson } from "../../api/api-client.js";
import { invalidatePlan, planPath } from "../plan/queries.js";
import { tasksAssignedTo } from "./my-tasks.js";
import { resourceNamesByTask } from "./task-resource-names.js";

// Apart from the plan's tasks: most plan edits (a duration, a link) leave resources and
// assignments alone, so only the events that can change them refetch them (see event-effects).
const resourceKeys = {
  all: (org: string, projectId: string) =>
    ["orgs", org, "projects", projectId, "plan-resources"] as const,
};

export function invalidatePlanResources(queryClient: QueryClient, org: string, projectId: string) {
  return queryClient.invalidateQueries({ queryKey: resourceKeys.all(org, projectId) });
}
export function resourcesQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...resourceKeys.all(org, projectId), "resources"],
    queryFn: ({ signal }) =>
      fetchJson(ResourceList, `${planPath(org, projectId)}/resources`, { signal }),
  });
}

export function assignmentsQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...resourceKeys.all(org, projectId), "assignments"],
    queryFn: ({ signal }) =>
      fetchJson(AssignmentList, `${planPath(org, projectId)}/assignments`, { signal }),
  });
}

export function useResources(org: string, projectId: string) {
  return useQuery(resourcesQuery(org, projectId));
}

/** Each task's resource names for the grid; empty until both lists have loaded. */
export function useTaskResourceNames(org: string, projectId: string): ReadonlyMap<number, string> {
  const resources = useResources(org, projectId);
  const assignments = useQuery(assignmentsQuery(org, projectId));
  return useMemo(
    () =>
      resources.data && assignments.data
        ? resourceNamesByTask(resources.data.items, assignments.data.items)
        : new Map<number, string>(),
    [resources.data, assignments.data],
  );
}

/** The tasks assigned to `userId` through resources mapped to them; empty until loaded. */
export function useTasksAssignedTo(
  org: string,
  projectId: string,
  userId: string,
): ReadonlySet<number> {
  const resources = useResources(org, projectId);
  const assignments = useQuery(assignmentsQuery(org, projectId));
  return useMemo(
    () =>
      resources.data && assignments.data
        ? tasksAssignedTo(userId, resources.data.items, assignments.data.items)
        : new Set<number>(),
    [userId, resources.data, assignments.data],
  );
}

/** Changes a resource as the version the person saw (a newer one is a 412). */
export function useUpdateResource(org: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      uid,
      version,
      patch,
    }: {
      uid: number;
      version: number;
      patch: ResourceUpdate;
    }) =>
      fetchJson(ResourceChange, `${planPath(org, projectId)}/resources/${uid}`, {
        method: "PATCH",
        body: patch,
        ifMatch: version,
      }),
    onSettled: () => {
      void invalidatePlanResources(queryClient, org, projectId);
      void invalidatePlan(queryClient, org, projectId);
    },
  });
}
