import { Modal, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Resource } from "@orrery/contracts/resources";
import { problemStatus } from "../../api/api-problem.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useResources, useUpdateResource } from "./queries.js";

export interface ResourcesModalProps {
  readonly org: string;
  readonly projectId: string;
  readonly opened: boolean;
  /** Whether the caller may map resources (`plan.edit`); others see who is who. */
  readonly editable: boolean;
  readonly onClose: () => void;
}

const TYPE_LABELS: Record<Resource["type"], string> = {
  work: "Person",
  material: "Material",
  cost: "Cost",
};

/**
 * The plan's resources and the organisation member each one is: mapping a resource to a member
 * puts the resource's tasks in that member's My work and lets them record progress on them.
 */
export function ResourcesModal({ org, projectId, opened, editable, onClose }: ResourcesModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Resources" size="xl">
      {opened ? <ResourceTable org={org} projectId={projectId} editable={editable} /> : null}
    </Modal>
  );
}

function ResourceTable({
  org,
  projectId,
  editable,
}: Omit<ResourcesModalProps, "opened" | "onClose">) {
  const resources = useResources(org, projectId);
  const members = useMembers(org);
  const update = useUpdateResource(org, projectId);
  if (resources.isPending) return <LoadingState label="Loading resources…" rows={3} />;
  if (resources.isError)
    return <ErrorState error={resources.error} onRetry={() => void resources.refetch()} />;
  if (resources.data.items.length === 0)
    return (
      <Text size="sm">
        This plan has no resources. Import an MS Project (.xml) or P6 (.xer) file with its
        resources, or a spreadsheet with a Resource Names column; people whose e-mail address is a
        member's are mapped to that member.
      </Text>
    );
  const people = personOptions(members.data ?? []);
  const failedUid = update.isError ? update.variables?.uid : undefined;
  const map = (resource: Resource, userId: string | null) =>
    update.mutate(
      { uid: resource.uid, version: resource.version, patch: { userId } },
      {
        onSuccess: () =>
          notifications.show({
            color: "green",
            message: userId
              ? `${resource.name} is now ${people.find((p) => p.value === userId)?.label ?? "mapped"}.`
              : `${resource.name} is mapped to nobody.`,
          }),
      },
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Map each person to an organisation member: their tasks then appear in that member's My work,
        where they record progress.
      </Text>
      <Table.ScrollContainer minWidth={0} type="native">
        <Table className="data-table" withTableBorder aria-label="Resources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource</Table.Th>
              <Table.Th visibleFrom="sm">Type</Table.Th>
              <Table.Th visibleFrom="sm">E-mail</Table.Th>
              <Table.Th>Member</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {resources.data.items.map((resource) => (
              <Table.Tr key={resource.uid}>
                <Table.Td>{resource.name}</Table.Td>
                <Table.Td visibleFrom="sm">{TYPE_LABELS[resource.type]}</Table.Td>
                <Table.Td visibleFrom="sm">{resource.email ?? "—"}</Table.Td>
                <Table.Td miw={200}>
                  <Select
                    aria-label={`Member for ${resource.name}`}
                    placeholder={members.isPending ? "Loading people…" : "Nobody"}
                    data={people}
                    value={resource.userId}
                    searchable
                    clearable
                    disabled={!editable || resource.type !== "work"}
                    onChange={(value) => map(resource, value)}
                    error={
                      failedUid === resource.uid
                        ? problemStatus(update.error) === 412
                          ? "Someone changed this resource meanwhile; the list now shows their change. Choose again."
                          : (describeProblem(update.error).detail ??
                            describeProblem(update.error).title)
                        : undefined
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
