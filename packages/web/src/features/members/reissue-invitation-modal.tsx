import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { Member } from "@orrery/contracts/orgs";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { OneTimeSecret } from "../../secrets/one-time-secret.js";
import { useReissueInvitation } from "./queries.js";

export interface ReissueInvitationModalProps {
  readonly org: string;
  readonly member: Member | null;
  readonly onClose: () => void;
}

const NO_FIELDS = { labels: {} };

/** Replaces a lost or expired invitation link; the new link is shown once, the old one dies. */
export function ReissueInvitationModal({ org, member, onClose }: ReissueInvitationModalProps) {
  return (
    <Modal
      opened={member !== null}
      onClose={onClose}
      title={member ? `New invitation link for ${member.name}` : ""}
    >
      {member ? <ReissueBody org={org} member={member} onClose={onClose} /> : null}
    </Modal>
  );
}

function ReissueBody({
  org,
  member,
  onClose,
}: {
  readonly org: string;
  readonly member: Member;
  readonly onClose: () => void;
}) {
  const reissue = useReissueInvitation(org);
  const [url, setUrl] = useState<string | null>(null);
  if (url) {
    return (
      <OneTimeSecret
        label="Invitation link"
        value={new URL(url, window.location.origin).toString()}
        explanation={`Send this link to ${member.email}; with it they choose a password and join.`}
        onDone={onClose}
      />
    );
  }
  return (
    <Stack gap="md">
      <FormProblem error={reissue.error} fields={NO_FIELDS} />
      <Text size="sm">
        {member.name} has not joined yet. A new link replaces the one sent before, which stops
        working at once.
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button
          loading={reissue.isPending}
          onClick={() =>
            reissue.mutate(member, { onSuccess: (result) => setUrl(result.inviteUrl) })
          }
        >
          Create new link
        </Button>
      </Group>
    </Stack>
  );
}
