import { notifications } from "@mantine/notifications";
import type { Member } from "@orrery/contracts/orgs";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { useRemoveMember } from "./queries.js";

export interface RemoveMemberModalProps {
  readonly org: string;
  readonly orgName: string;
  readonly member: Member | null;
  readonly onClose: () => void;
}

export function RemoveMemberModal({ org, orgName, member, onClose }: RemoveMemberModalProps) {
  const remove = useRemoveMember(org);
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!member) return;
    remove.mutate(member, {
      onSuccess: () => {
        notifications.show({ message: `${member.name} removed from ${orgName}.` });
        close();
      },
    });
  };
  return (
    <ConfirmDialog
      opened={member !== null}
      title={member ? `Remove ${member.name}?` : ""}
      confirmLabel="Remove member"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={confirm}
      onClose={close}
    >
      {member?.name} ({member?.email}) loses access to {orgName} and its projects. Their past
      changes stay in the audit log.
    </ConfirmDialog>
  );
}
