import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { MemberAdd } from "@orrery/contracts/orgs";
import { ORG_ROLE_LABELS, OrgRole } from "@orrery/contracts/roles";
import { useState } from "react";
import type { FormFields } from "../../forms/field-errors.js";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { OneTimeSecret } from "../../secrets/one-time-secret.js";
import { useInviteMember } from "./queries.js";

const FIELDS: FormFields = { labels: { email: "E-mail", name: "Name", role: "Role" } };
const ROLE_OPTIONS = OrgRole.options.map((value) => ({ value, label: ORG_ROLE_LABELS[value] }));

interface InviteValues {
  email: string;
  name: string;
  role: OrgRole;
}

export interface InviteMemberModalProps {
  readonly org: string;
  readonly opened: boolean;
  readonly onClose: () => void;
}

export function InviteMemberModal({ org, opened, onClose }: InviteMemberModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Invite a member">
      {opened ? <InviteMemberBody org={org} onClose={onClose} /> : null}
    </Modal>
  );
}

function toRequest(values: InviteValues): MemberAdd {
  return { email: values.email, role: values.role, name: values.name.trim() || undefined };
}

function InviteMemberBody({
  org,
  onClose,
}: {
  readonly org: string;
  readonly onClose: () => void;
}) {
  const invite = useInviteMember(org);
  const [invitation, setInvitation] = useState<{ email: string; url: string } | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { email: "", name: "", role: "team_member" },
    validate: (values) => validateWith(MemberAdd, FIELDS)(toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(toRequest(values), {
      onSuccess: ({ member, inviteUrl }) => {
        if (inviteUrl) {
          setInvitation({ email: member.email, url: inviteUrl });
          return;
        }
        notifications.show({ color: "green", message: `${member.name} is now a member.` });
        onClose();
      },
      onError: (error) => form.setErrors(fieldErrorsOf(error, FIELDS)),
    }),
  );

  if (invitation) {
    return (
      <OneTimeSecret
        label="Invitation link"
        value={new URL(invitation.url, window.location.origin).toString()}
        explanation={`Send this link to ${invitation.email}; with it they choose a password and join.`}
        onDone={onClose}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={invite.error} fields={FIELDS} />
        <TextInput
          label="E-mail"
          type="email"
          required
          data-autofocus
          {...form.getInputProps("email")}
        />
        <TextInput
          label="Name"
          description="Optional; they can set it themselves when they join."
          {...form.getInputProps("name")}
        />
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          allowDeselect={false}
          required
          {...form.getInputProps("role")}
        />
        <FormActions submitLabel={"Invite"} pending={invite.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
