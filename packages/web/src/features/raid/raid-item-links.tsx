import { Badge, Group, Text } from "@mantine/core";
import type { RaidItem } from "@orrery/contracts/raid";
import { AnchorLink } from "../../shell/router-links.js";

/**
 * Under an item's title: its category, the project it depends on (a link, or "a project you
 * cannot see" without its name), and the plan tasks it is linked to, each a link to its row.
 */
export function RaidItemLinks({ org, item }: { readonly org: string; readonly item: RaidItem }) {
  const hasTasks = item.tasks.length > 0;
  if (!item.category && !item.dependsOnProject && !item.dependsOnHiddenProject && !hasTasks)
    return null;
  return (
    <Group gap={6} mt={2} wrap="wrap">
      {item.category ? (
        <Badge size="xs" variant="outline" color="gray" radius="sm">
          {item.category}
        </Badge>
      ) : null}
      {item.dependsOnProject ? (
        <Text size="xs" c="dimmed">
          On{" "}
          <AnchorLink
            to="/orgs/$org/projects/$projectId/raid"
            params={{ org, projectId: item.dependsOnProject.id }}
            size="xs"
          >
            {item.dependsOnProject.key} · {item.dependsOnProject.name}
          </AnchorLink>
        </Text>
      ) : item.dependsOnHiddenProject ? (
        <Text size="xs" c="dimmed">
          On a project you cannot see
        </Text>
      ) : null}
      {hasTasks ? (
        <Text size="xs" c="dimmed">
          Tasks:{" "}
          {item.tasks.map((task, i) => (
            <span key={task.uid}>
              {i > 0 ? ", " : ""}
              {task.name === null ? (
                `#${task.uid} (no longer in the plan)`
              ) : (
                <AnchorLink
                  to="/orgs/$org/projects/$projectId/plan"
                  params={{ org, projectId: item.project.id }}
                  search={{ task: task.uid }}
                  size="xs"
                >
                  {task.wbs ? `${task.wbs} ` : ""}
                  {task.name}
                </AnchorLink>
              )}
            </span>
          ))}
        </Text>
      ) : null}
    </Group>
  );
}
