import { Button } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { DocumentsPanel } from "./documents-panel.js";
import type { DocumentOwner } from "./queries.js";
import { UploadDocumentModal } from "./upload-document-modal.js";

const LIBRARY: DocumentOwner = { kind: "library" };

/** The organisation's document templates, which project managers copy into their projects. */
export function DocumentLibraryPage() {
  const { org, can } = useCurrentOrg();
  const [uploading, setUploading] = useState(false);
  const mayEdit = can("document_library.manage");
  return (
    <>
      <PageHeader
        title="Document library"
        description="The organisation's document templates: a project starts its charter, business case, status report or review from one of these."
        actions={
          mayEdit ? (
            <Button
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={() => setUploading(true)}
            >
              Upload template
            </Button>
          ) : null
        }
      />
      <DocumentsPanel
        org={org.slug}
        owner={LIBRARY}
        mayEdit={mayEdit}
        deliverables={[]}
        label="Document templates"
        emptyTitle="No document templates"
        emptyDescription="Upload the templates your projects should start from."
      />
      <UploadDocumentModal
        org={org.slug}
        owner={LIBRARY}
        opened={uploading}
        deliverables={[]}
        onClose={() => setUploading(false)}
      />
    </>
  );
}
