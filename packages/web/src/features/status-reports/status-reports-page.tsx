import { Button, Center, EmptyState, Grid, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { StatusReport } from "@orrery/contracts/status-reports";
import { IconPlus, IconReportAnalytics } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { wallFields, wallNow } from "../plan/gantt/wall-clock.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { useRag, useStatusReportChanges, useStatusReports } from "./queries.js";
import { RagAssessmentCard } from "./rag-assessment-card.js";
import { ReviewModal } from "./review-modal.js";
import { StatusReportFormModal } from "./status-report-form-modal.js";
import { type ReportActions, StatusReportHistory } from "./status-report-history.js";
import "./status-reports.css";

const showProblem = (error: unknown) => {
  const message = describeProblem(error);
  notifications.show({ color: "red", title: message.title, message: message.detail });
};

/** A project's status reports: the colours the data gives now, the reports written, and writing one. */
export function StatusReportsPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const rag = useRag(org.slug, projectId);
  const reports = useStatusReports(org.slug, projectId);
  const changes = useStatusReportChanges(org.slug, projectId);
  const [editing, setEditing] = useState<StatusReport | "new" | null>(null);
  const [reviewing, setReviewing] = useState<StatusReport | null>(null);
  const [deleting, setDeleting] = useState<StatusReport | null>(null);
  const today = wallFields(wallNow()).toISOString().slice(0, 10);

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const mayWrite = can("status_report.write", p.myRole);
  const actions: ReportActions = {
    ...(mayWrite
      ? {
          edit: setEditing,
          remove: setDeleting,
          submit: (report: StatusReport) =>
            changes.submit.mutate(report, {
              onSuccess: (done) =>
                notifications.show({
                  color: "green",
                  message: `Status report ${done.number} submitted: overall ${done.overall.rag}.`,
                }),
              onError: showProblem,
            }),
        }
      : {}),
    ...(can("status_report.review") ? { review: setReviewing } : {}),
  };
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Status reports" />}
        title={`Status reports · ${p.name}`}
        description="Red, amber and green from the project's own data, with the reasons; the manager's account beside them."
        actions={
          mayWrite && rag.data ? (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing("new")}
            >
              Write report
            </Button>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {rag.isPending ? (
            <LoadingState label="Computing the colours…" rows={5} />
          ) : rag.isError ? (
            <ErrorState error={rag.error} onRetry={() => void rag.refetch()} />
          ) : (
            <RagAssessmentCard assessment={rag.data} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Reports
            </Title>
            {reports.isPending ? (
              <LoadingState label="Loading reports…" rows={3} />
            ) : reports.isError ? (
              <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
            ) : items.length === 0 ? (
              <EmptyState
                icon={<IconReportAnalytics size={26} aria-hidden />}
                withIndicatorBackground
                title="No status reports yet"
                description={
                  mayWrite
                    ? "Write report starts one with the colours the data gives now; save it as a draft and submit it to the PMO when ready."
                    : "The project manager writes them; they appear here once written."
                }
              />
            ) : (
              <>
                <StatusReportHistory org={org.slug} reports={items} actions={actions} />
                {reports.hasNextPage ? (
                  <Center>
                    <Button
                      variant="default"
                      loading={reports.isFetchingNextPage}
                      onClick={() => void reports.fetchNextPage()}
                    >
                      Show more
                    </Button>
                  </Center>
                ) : null}
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {rag.data ? (
        <StatusReportFormModal
          org={org.slug}
          projectId={p.id}
          assessment={rag.data}
          target={editing}
          today={today}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ReviewModal
        org={org.slug}
        projectId={p.id}
        report={reviewing}
        onClose={() => setReviewing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete draft ${deleting.number}?` : ""}
        confirmLabel="Delete draft"
        pending={changes.remove.isPending}
        error={changes.remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) changes.remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
        }}
      >
        The draft is deleted for good; submitted reports are kept as history.
      </ConfirmDialog>
    </>
  );
}
