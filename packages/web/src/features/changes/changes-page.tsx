import { Button, EmptyState, Group, Select } from "@mantine/core";
import { type ChangeRequest, ChangeRequestStatus } from "@orrery/contracts/change-requests";
import { IconArrowsExchange, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ShowMoreButton } from "../../page-states/show-more-button.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { CHANGE_STATUS_LABELS } from "./change-labels.js";
import { ChangeLogTable } from "./change-log-table.js";
import { ChangeRequestDrawer } from "./change-request-drawer.js";
import { ChangeRequestFormModal } from "./change-request-form-modal.js";
import { DecisionModal } from "./decision-modal.js";
import { useChangeLog } from "./queries.js";

const STATUS_OPTIONS = ChangeRequestStatus.options.map((status) => ({
  value: status,
  label: CHANGE_STATUS_LABELS[status],
}));

/**
 * A project's change control: the change log with every request and its outcome, raising a
 * request with its impact, and the approvers' decisions.
 */
export function ChangesPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const [status, setStatus] = useState<ChangeRequestStatus | null>(null);
  const log = useChangeLog(org.slug, projectId, status);
  const [raising, setRaising] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ request: ChangeRequest; applyOnly: boolean } | null>(
    null,
  );

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const mayEdit = can("change.edit", p.myRole);
  const requests = (log.data?.pages ?? []).flatMap((page) => page.items);
  const raiseButton = mayEdit ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRaising(true)}>
      New change request
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Changes" />}
        title={`Changes · ${p.name}`}
        description="The change log: every request to change scope, schedule, cost or risk, its impact and its outcome."
      />
      <Group justify="space-between" mb="md">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(ChangeRequestStatus.nullable().catch(null).parse(value))}
          w={220}
        />
        {raiseButton}
      </Group>
      {log.isPending ? (
        <LoadingState label="Loading the change log…" rows={4} />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : requests.length === 0 ? (
        <EmptyState
          icon={<IconArrowsExchange size={26} aria-hidden />}
          withIndicatorBackground
          title={
            status
              ? `No ${CHANGE_STATUS_LABELS[status].toLowerCase()} change requests`
              : "No change requests yet"
          }
          description={
            mayEdit
              ? "Raise a request when scope, schedule, cost or risk must change: Orrery schedules the proposed plan edits to show the impact before anyone decides."
              : "Nothing raised yet; the project's managers and members raise change requests."
          }
        >
          {raiseButton}
        </EmptyState>
      ) : (
        <>
          <ChangeLogTable requests={requests} onOpen={(request) => setOpenId(request.id)} />
          <ShowMoreButton list={log} mt="md" />
        </>
      )}
      <ChangeRequestFormModal
        org={org.slug}
        project={p}
        opened={raising}
        onClose={() => setRaising(false)}
        onCreated={(created) => {
          setRaising(false);
          setOpenId(created.id);
        }}
      />
      <ChangeRequestDrawer
        projectId={p.id}
        requestId={openId}
        mayEdit={mayEdit}
        onClose={() => setOpenId(null)}
        onDecide={(request, applyOnly) => setDeciding({ request, applyOnly })}
      />
      <DecisionModal
        org={org.slug}
        request={deciding?.request ?? null}
        applyOnly={deciding?.applyOnly ?? false}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}
