import { EmptyState } from "@mantine/core";
import type { Document } from "@orrery/contracts/documents";
import { IconFiles } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { AttachToGateModal } from "./attach-to-gate-modal.js";
import { DocumentVersionsModal } from "./document-versions-modal.js";
import { DocumentsTable } from "./documents-table.js";
import { NewVersionModal } from "./new-version-modal.js";
import { type DocumentOwner, useDocumentChanges, useDocuments } from "./queries.js";
import type { DeliverableOption } from "./upload-document-modal.js";

export interface DocumentsPanelProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly mayEdit: boolean;
  readonly deliverables: readonly DeliverableOption[];
  readonly emptyTitle: string;
  readonly emptyDescription: string;
  readonly label: string;
}

/** The list of a library's or project's documents with its states, dialogs and actions. */
export function DocumentsPanel(props: DocumentsPanelProps) {
  const { org, owner, mayEdit, deliverables } = props;
  const documents = useDocuments(org, owner);
  const { remove } = useDocumentChanges(org, owner);
  const [versionsOf, setVersionsOf] = useState<Document | null>(null);
  const [newVersionOf, setNewVersionOf] = useState<Document | null>(null);
  const [attaching, setAttaching] = useState<Document | null>(null);
  const [deleting, setDeleting] = useState<Document | null>(null);

  if (documents.isPending) return <LoadingState label="Loading documents…" rows={4} />;
  if (documents.isError)
    return <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />;
  if (documents.data.length === 0)
    return (
      <EmptyState
        icon={<IconFiles size={26} aria-hidden />}
        withIndicatorBackground
        title={props.emptyTitle}
        description={props.emptyDescription}
      />
    );
  return (
    <>
      <DocumentsTable
        org={org}
        owner={owner}
        documents={documents.data}
        label={props.label}
        actions={{
          showVersions: setVersionsOf,
          ...(mayEdit
            ? {
                addVersion: setNewVersionOf,
                remove: (d: Document) => {
                  remove.reset();
                  setDeleting(d);
                },
                ...(owner.kind === "project" ? { attach: setAttaching } : {}),
              }
            : {}),
        }}
      />
      <DocumentVersionsModal
        org={org}
        owner={owner}
        document={versionsOf}
        onClose={() => setVersionsOf(null)}
      />
      <NewVersionModal
        org={org}
        owner={owner}
        document={newVersionOf}
        onClose={() => setNewVersionOf(null)}
      />
      <AttachToGateModal
        org={org}
        owner={owner}
        document={attaching}
        deliverables={deliverables}
        onClose={() => setAttaching(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete the document?"
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
        }}
        onClose={() => setDeleting(null)}
      >
        {deleting
          ? `"${deleting.title}" and all ${deleting.versions.length} of its versions are deleted for good. The audit log keeps a record.`
          : ""}
      </ConfirmDialog>
    </>
  );
}
