import { ActionIcon, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { Project } from "@orrery/contracts/projects";
import { IconArchive, IconArchiveOff, IconDots, IconPencil, IconTrash } from "@tabler/icons-react";
import { useCurrentOrg } from "../orgs/current-org.js";
import { DeleteProjectModal } from "./delete-project-modal.js";
import { ProjectFormModal } from "./project-form-modal.js";
import { useArchiveProject } from "./use-archive-project.js";

export interface ProjectActionsMenuProps {
  readonly project: Project;
  readonly onDeleted?: () => void;
}

/** Edit, archive/restore and delete, each shown only to those the policy allows. */
export function ProjectActionsMenu({ project, onDeleted }: ProjectActionsMenuProps) {
  const { org, can } = useCurrentOrg();
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const archive = useArchiveProject(org.slug);
  const mayUpdate = can("project.update", project.myRole);
  const mayDelete = can("project.delete", project.myRole);
  if (!mayUpdate && !mayDelete) return null;
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={180}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Actions for ${project.key} · ${project.name}`}
          >
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {mayUpdate ? (
            <>
              <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
                Edit
              </Menu.Item>
              <Menu.Item
                leftSection={
                  project.archived ? (
                    <IconArchiveOff size={16} aria-hidden />
                  ) : (
                    <IconArchive size={16} aria-hidden />
                  )
                }
                disabled={archive.isPending}
                onClick={() => archive.setArchived(project, !project.archived)}
              >
                {project.archived ? "Restore" : "Archive"}
              </Menu.Item>
            </>
          ) : null}
          {mayDelete ? (
            <>
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={del.open}
              >
                Delete…
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <ProjectFormModal org={org.slug} project={project} opened={editing} onClose={edit.close} />
      <DeleteProjectModal
        org={org.slug}
        project={project}
        opened={deleting}
        onClose={del.close}
        onDeleted={onDeleted}
      />
    </>
  );
}
