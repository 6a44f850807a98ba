import { ActionIcon, Badge, Button, EmptyState, Select, Table, Text, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { Member } from "@orrery/contracts/orgs";
import { ORG_ROLE_LABELS, OrgRole } from "@orrery/contracts/roles";
import { IconLink, IconUserMinus, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatDay } from "../../format/date-format.js";
import { FormProblem } from "../../forms/form-problem.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { InviteMemberModal } from "./invite-member-modal.js";
import { useChangeMemberRole, useMembers } from "./queries.js";
import { ReissueInvitationModal } from "./reissue-invitation-modal.js";
import { RemoveMemberModal } from "./remove-member-modal.js";

const ROLE_OPTIONS = OrgRole.options.map((value) => ({ value, label: ORG_ROLE_LABELS[value] }));

export function MembersPage() {
  const { me, org, can } = useCurrentOrg();
  const members = useMembers(org.slug);
  const changeRole = useChangeMemberRole(org.slug);
  const [inviting, invite] = useDisclosure(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [reinviting, setReinviting] = useState<Member | null>(null);
  const mayManage = can("member.manage");

  let body: React.ReactNode;
  if (members.isPending) body = <LoadingState label="Loading members…" rows={5} />;
  else if (members.isError)
    body = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  else if (members.data.length === 0)
    body = (
      <EmptyState
        icon={<IconUsers size={26} aria-hidden />}
        withIndicatorBackground
        title="No members"
        description="Invite people by e-mail to plan and follow projects together."
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={0} type="native">
        <Table className="data-table" withTableBorder highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th visibleFrom="sm">E-mail</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th visibleFrom="md">Joined</Table.Th>
              {mayManage ? (
                <Table.Th w={80}>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => {
              const isMe = member.userId === me.user.id;
              return (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Text size="sm" fw={500} span>
                      {member.name}
                    </Text>
                    {isMe ? (
                      <Badge ml={6} variant="light" color="gray" tt="none" size="sm">
                        You
                      </Badge>
                    ) : null}
                    {member.invitedUntil ? <InvitedBadge until={member.invitedUntil} /> : null}
                    <Text size="xs" c="dimmed" hiddenFrom="sm" style={{ overflowWrap: "anywhere" }}>
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{member.email}</Table.Td>
                  <Table.Td>
                    {mayManage ? (
                      <Select
                        aria-label={`Role of ${member.name}`}
                        data={ROLE_OPTIONS}
                        value={member.role}
                        allowDeselect={false}
                        size="xs"
                        w={170}
                        onChange={(value) => {
                          const role = OrgRole.safeParse(value);
                          if (role.success && role.data !== member.role)
                            changeRole.mutate({ member, role: role.data });
                        }}
                      />
                    ) : (
                      ORG_ROLE_LABELS[member.role]
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="md">{formatDay(member.joinedAt)}</Table.Td>
                  {mayManage ? (
                    <Table.Td>
                      {member.invitedUntil ? (
                        <Tooltip label={`New invitation link for ${member.name}`}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`New invitation link for ${member.name}`}
                            onClick={() => setReinviting(member)}
                          >
                            <IconLink size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                      {isMe ? null : (
                        <Tooltip label={`Remove ${member.name}`}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove ${member.name} from ${org.name}`}
                            onClick={() => setRemoving(member)}
                          >
                            <IconUserMinus size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="Members"
        description={`People in ${org.name} and their roles. Roles decide what each person may see and change.`}
        actions={
          mayManage ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={invite.open}>
              Invite member
            </Button>
          ) : null
        }
      />
      <FormProblem error={changeRole.error} fields={{ labels: {} }} />
      {body}
      <InviteMemberModal org={org.slug} opened={inviting} onClose={invite.close} />
      <ReissueInvitationModal
        org={org.slug}
        member={reinviting}
        onClose={() => setReinviting(null)}
      />
      <RemoveMemberModal
        org={org.slug}
        orgName={org.name}
        member={removing}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}

/** Someone added who has not chosen a password yet, and whether their link still works. */
function InvitedBadge({ until }: { readonly until: string }) {
  const expired = Date.parse(until) <= Date.now();
  return (
    <Tooltip
      label={expired ? "The invitation link has expired" : `Link valid until ${formatDay(until)}`}
    >
      <span style={{ marginLeft: 6 }}>
        <TintedBadge color={expired ? "red" : "orange"}>
          {expired ? "Invitation expired" : "Invited"}
        </TintedBadge>
      </span>
    </Tooltip>
  );
}
