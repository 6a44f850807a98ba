import { notifications } from "@mantine/notifications";
import type { Project } from "@orrery/contracts/projects";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { useDeleteProject } from "./queries.js";

export interface DeleteProjectModalProps {
  readonly org: string;
  readonly project: Project;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onDeleted?: () => void;
}

/** Deleting is for mistakes; finished work is archived. The dialog says so before it acts. */
export function DeleteProjectModal({
  org,
  project,
  opened,
  onClose,
  onDeleted,
}: DeleteProjectModalProps) {
  const remove = useDeleteProject(org);
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () =>
    remove.mutate(
      { id: project.id, version: project.version },
      {
        onSuccess: () => {
          notifications.show({ message: `${project.key} · ${project.name} deleted.` });
          close();
          onDeleted?.();
        },
      },
    );
  return (
    <ConfirmDialog
      opened={opened}
      title={`Delete ${project.key} · ${project.name}?`}
      confirmLabel="Delete project"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={confirm}
      onClose={close}
    >
      The project and its members are removed for good. The audit log keeps the record of it. To
      keep it for reference instead, archive it.
    </ConfirmDialog>
  );
}
