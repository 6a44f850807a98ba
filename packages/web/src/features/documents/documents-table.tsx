import { ActionIcon, Anchor, Group, Menu, Table, Text } from "@mantine/core";
import type { Document } from "@orrery/contracts/documents";
import { IconDots, IconDownload } from "@tabler/icons-react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatInstant } from "../../format/date-format.js";
import { CATEGORY_LABELS, formatFileSize } from "./document-labels.js";
import { type DocumentOwner, documentContentUrl } from "./queries.js";

export interface DocumentActions {
  readonly showVersions: (document: Document) => void;
  readonly addVersion?: (document: Document) => void;
  readonly attach?: (document: Document) => void;
  readonly remove?: (document: Document) => void;
}

export interface DocumentsTableProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly documents: readonly Document[];
  readonly label: string;
  readonly actions: DocumentActions;
}

/** Documents by title: category, gate deliverable, latest version, download and actions. */
export function DocumentsTable({ org, owner, documents, label, actions }: DocumentsTableProps) {
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      <Table className="data-table" withTableBorder highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th visibleFrom="sm">Category</Table.Th>
            <Table.Th>Latest version</Table.Th>
            <Table.Th visibleFrom="md">Updated</Table.Th>
            <Table.Th w={88}>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => {
            const latest = document.versions[0];
            return (
              <Table.Tr key={document.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {document.title}
                  </Text>
                  {document.gateLink ? (
                    <TintedBadge color="teal">
                      Gate {document.gateLink.gate}: {document.gateLink.deliverable}
                    </TintedBadge>
                  ) : null}
                  {document.builtIn ? (
                    <Text size="xs" c="dimmed">
                      Built in
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td visibleFrom="sm">{CATEGORY_LABELS[document.category]}</Table.Td>
                <Table.Td>
                  {latest ? (
                    <>
                      <Anchor
                        size="sm"
                        component="button"
                        type="button"
                        onClick={() => actions.showVersions(document)}
                        aria-label={`v${latest.number}: versions of ${document.title}`}
                      >
                        v{latest.number}
                      </Anchor>{" "}
                      <Text span size="sm">
                        {latest.fileName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatFileSize(latest.sizeBytes)}
                      </Text>
                    </>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td visibleFrom="md" className="nowrap">
                  {formatInstant(latest?.uploadedAt ?? document.updatedAt)}
                  <Text size="xs" c="dimmed">
                    {latest?.uploadedBy?.name ?? "Orrery"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {latest ? (
                      <ActionIcon
                        component="a"
                        variant="subtle"
                        href={documentContentUrl(org, owner, document.id, latest.number)}
                        download={latest.fileName}
                        aria-label={`Download ${document.title}`}
                      >
                        <IconDownload size={18} aria-hidden />
                      </ActionIcon>
                    ) : null}
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={`Actions for ${document.title}`}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => actions.showVersions(document)}>
                          Versions
                        </Menu.Item>
                        {actions.addVersion ? (
                          <Menu.Item onClick={() => actions.addVersion?.(document)}>
                            Upload new version
                          </Menu.Item>
                        ) : null}
                        {actions.attach ? (
                          <Menu.Item onClick={() => actions.attach?.(document)}>
                            Attach to gate deliverable
                          </Menu.Item>
                        ) : null}
                        {actions.remove && !document.builtIn ? (
                          <Menu.Item color="red" onClick={() => actions.remove?.(document)}>
                            Delete
                          </Menu.Item>
                        ) : null}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
