import { notifications } from "@mantine/notifications";
import type { ApiToken } from "@orrery/contracts/tokens";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { useRevokeToken } from "./queries.js";

export interface RevokeTokenModalProps {
  readonly token: ApiToken | null;
  readonly onClose: () => void;
}

export function RevokeTokenModal({ token, onClose }: RevokeTokenModalProps) {
  const revoke = useRevokeToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  const confirm = () => {
    if (!token) return;
    revoke.mutate(token.id, {
      onSuccess: () => {
        notifications.show({ message: `${token.name} revoked.` });
        close();
      },
    });
  };
  return (
    <ConfirmDialog
      opened={token !== null}
      title={token ? `Revoke ${token.name}?` : ""}
      confirmLabel="Revoke token"
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={confirm}
      onClose={close}
    >
      Anything using this token stops working at once. This cannot be undone; create a new token if
      you need one again.
    </ConfirmDialog>
  );
}
