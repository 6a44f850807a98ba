import { Button, Group } from "@mantine/core";
import { IconTemplate, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useLifecycle } from "../lifecycle/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { DocumentsPanel } from "./documents-panel.js";
import { deliverablesOf } from "./gate-deliverables.js";
import type { DocumentOwner } from "./queries.js";
import { StartFromTemplateModal } from "./start-from-template-modal.js";
import { UploadDocumentModal } from "./upload-document-modal.js";

/** A project's documents: upload, versions, downloads, gate deliverables, start from the library. */
export function ProjectDocumentsPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const lifecycle = useLifecycle(org.slug, projectId);
  const [dialog, setDialog] = useState<"upload" | "template" | null>(null);

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const owner: DocumentOwner = { kind: "project", projectId: p.id };
  const mayEdit = can("document.edit", p.myRole);
  const deliverables = deliverablesOf(lifecycle.data);
  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Documents" />}
        title={`${p.name}: documents`}
        description="Every upload is a new version; attach a document to a gate to supply its required deliverable."
        actions={
          mayEdit ? (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconTemplate size={16} aria-hidden />}
                onClick={() => setDialog("template")}
              >
                Start from template
              </Button>
              <Button
                leftSection={<IconUpload size={16} aria-hidden />}
                onClick={() => setDialog("upload")}
              >
                Upload document
              </Button>
            </Group>
          ) : null
        }
      />
      <DocumentsPanel
        org={org.slug}
        owner={owner}
        mayEdit={mayEdit}
        deliverables={deliverables}
        label={`Documents of ${p.name}`}
        emptyTitle="No documents yet"
        emptyDescription="Upload the project's charter, plans and reports, or start one from the organisation's document library."
      />
      <UploadDocumentModal
        org={org.slug}
        owner={owner}
        opened={dialog === "upload"}
        deliverables={deliverables}
        onClose={() => setDialog(null)}
      />
      <StartFromTemplateModal
        org={org.slug}
        owner={owner}
        opened={dialog === "template"}
        deliverables={deliverables}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
