import { notifications } from "@mantine/notifications";
import type { Project } from "@orrery/contracts/projects";
import { useQueryClient } from "@tanstack/react-query";
import { problemStatus } from "../../api/api-problem.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { invalidateProjects, useUpdateProject } from "./queries.js";

/**
 * Archive or restore in one click; the outcome is told in a notification. A stale version (someone
 * else changed the project meanwhile) refreshes the view so the next click acts on what is current.
 */
export function useArchiveProject(org: string) {
  const queryClient = useQueryClient();
  const update = useUpdateProject(org);
  const setArchived = (project: Project, archived: boolean) =>
    update.mutate(
      { id: project.id, version: project.version, changes: { archived } },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: "green",
            message: `${saved.key} · ${saved.name} ${archived ? "archived" : "restored"}.`,
          }),
        onError: (error) => {
          const message = describeProblem(error);
          notifications.show({ color: "red", title: message.title, message: message.detail });
          if (problemStatus(error) === 412) void invalidateProjects(queryClient, org);
        },
      },
    );
  return { setArchived, isPending: update.isPending };
}
