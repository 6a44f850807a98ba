import {
  ActionIcon,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import type { Project, ProjectMember } from "@orrery/contracts/projects";
import { PROJECT_ROLE_LABELS, ProjectRole } from "@orrery/contracts/roles";
import { IconUserMinus } from "@tabler/icons-react";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { useProjectMemberChanges, useProjectMembers } from "./queries.js";

const ROLE_OPTIONS = ProjectRole.options.map((value) => ({
  value,
  label: PROJECT_ROLE_LABELS[value],
}));
const NO_FIELDS = { labels: {} };

export function ProjectMembersPanel({ project }: { readonly project: Project }) {
  const { org, can } = useCurrentOrg();
  const members = useProjectMembers(org.slug, project.id);
  const changes = useProjectMemberChanges(org.slug, project.id);
  const mayManage = can("project.members.manage", project.myRole);
  const failed = changes.add.error ?? changes.changeRole.error ?? changes.remove.error;

  let body: React.ReactNode;
  if (members.isPending) body = <LoadingState label="Loading project members…" rows={3} />;
  else if (members.isError)
    body = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  else if (members.data.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        Nobody is on this project yet.{mayManage ? " Add the people who plan and deliver it." : ""}
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={0} type="native">
        <Table className="data-table" withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th visibleFrom="sm">E-mail</Table.Th>
              <Table.Th>Project role</Table.Th>
              {mayManage ? (
                <Table.Th w={44}>
                  <span className="visually-hidden">Remove</span>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                mayManage={mayManage}
                changes={changes}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Project members
      </Title>
      <Stack gap="md">
        <FormProblem error={failed} fields={NO_FIELDS} />
        {body}
        {mayManage && members.isSuccess ? (
          <AddMemberForm
            org={org.slug}
            existing={members.data}
            onAdd={(userId, role) => changes.add.mutate({ userId, role })}
            adding={changes.add.isPending}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

interface MemberRowProps {
  readonly member: ProjectMember;
  readonly mayManage: boolean;
  readonly changes: ReturnType<typeof useProjectMemberChanges>;
}

function MemberRow({ member, mayManage, changes }: MemberRowProps) {
  return (
    <Table.Tr>
      <Table.Td>{member.name}</Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {mayManage ? (
          <Select
            aria-label={`Project role of ${member.name}`}
            data={ROLE_OPTIONS}
            value={member.role}
            allowDeselect={false}
            size="xs"
            w={130}
            onChange={(role) => {
              const parsed = ProjectRole.safeParse(role);
              if (parsed.success && parsed.data !== member.role)
                changes.changeRole.mutate({ member, role: parsed.data });
            }}
          />
        ) : (
          PROJECT_ROLE_LABELS[member.role]
        )}
      </Table.Td>
      {mayManage ? (
        <Table.Td>
          <Tooltip label={`Remove ${member.name}`}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${member.name} from the project`}
              loading={
                changes.remove.isPending && changes.remove.variables?.userId === member.userId
              }
              onClick={() => changes.remove.mutate(member)}
            >
              <IconUserMinus size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

interface AddMemberFormProps {
  readonly org: string;
  readonly existing: readonly ProjectMember[];
  readonly onAdd: (userId: string, role: ProjectRole) => void;
  readonly adding: boolean;
}

function AddMemberForm({ org, existing, onAdd, adding }: AddMemberFormProps) {
  const orgMembers = useMembers(org);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<ProjectRole>("member");
  const onProject = new Set(existing.map((m) => m.userId));
  const candidates = personOptions((orgMembers.data ?? []).filter((m) => !onProject.has(m.userId)));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId) return;
        onAdd(userId, role);
        setUserId(null);
      }}
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Add a member"
          placeholder={
            orgMembers.isPending
              ? "Loading people…"
              : candidates.length === 0
                ? "Everyone is on it"
                : "Choose a person"
          }
          data={candidates}
          value={userId}
          onChange={setUserId}
          searchable
          nothingFoundMessage="No member by that name"
          style={{ flex: "1 1 200px", maxWidth: 320 }}
        />
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          value={role}
          allowDeselect={false}
          onChange={(value) => setRole(ProjectRole.catch("member").parse(value))}
          w={130}
        />
        <Button type="submit" variant="default" disabled={!userId} loading={adding}>
          Add
        </Button>
      </Group>
    </form>
  );
}
