import { Anchor, Modal, Table, Text } from "@mantine/core";
import type { Document } from "@orrery/contracts/documents";
import { formatInstant } from "../../format/date-format.js";
import { formatFileSize } from "./document-labels.js";
import { type DocumentOwner, documentContentUrl } from "./queries.js";

export interface DocumentVersionsModalProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly document: Document | null;
  readonly onClose: () => void;
}

/** Every version of a document, newest first, each downloadable. */
export function DocumentVersionsModal({
  org,
  owner,
  document,
  onClose,
}: DocumentVersionsModalProps) {
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      title={document ? `Versions of ${document.title}` : "Versions"}
      size="lg"
    >
      {document ? (
        <Table.ScrollContainer minWidth={0} type="native">
          <Table withTableBorder aria-label={`Versions of ${document.title}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>Uploaded</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {document.versions.map((v) => (
                <Table.Tr key={v.number}>
                  <Table.Td>v{v.number}</Table.Td>
                  <Table.Td>
                    <Anchor
                      href={documentContentUrl(org, owner, document.id, v.number)}
                      download={v.fileName}
                      aria-label={`Download version ${v.number}, ${v.fileName}`}
                    >
                      {v.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatFileSize(v.sizeBytes)}
                    </Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    {formatInstant(v.uploadedAt)}
                    <Text size="xs" c="dimmed">
                      {v.uploadedBy?.name ?? "Orrery"}
                    </Text>
                  </Table.Td>
                  <Table.Td>{v.note || "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Modal>
  );
}
