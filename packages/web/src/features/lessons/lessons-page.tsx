import { Button, EmptyState } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Lesson } from "@orrery/contracts/lessons";
import { IconBulb, IconClipboardCheck, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ButtonLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { LessonCard } from "./lesson-card.js";
import { LessonFormModal } from "./lesson-form-modal.js";
import { LessonList } from "./lesson-list.js";
import { LessonSearchBar } from "./lesson-search-bar.js";
import { useLessonChanges } from "./queries.js";
import { useLessonFilters } from "./use-lesson-filters.js";

/** A project's lessons learned: search, record, edit, delete; a way to its post-project review. */
export function LessonsPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const filters = useLessonFilters();
  const [target, setTarget] = useState<Lesson | "new" | null>(null);
  const [deleting, setDeleting] = useState<Lesson | null>(null);
  const changes = useLessonChanges(org.slug, projectId);

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const mayEdit = can("lesson.edit", p.myRole);
  const recordButton = mayEdit ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setTarget("new")}>
      Record lesson
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Lessons learned" />}
        title={`Lessons learned · ${p.name}`}
        description="What happened, what it did, and what the next project should do about it."
        actions={
          <>
            {recordButton}
            <ButtonLink
              variant="default"
              to="/orgs/$org/projects/$projectId/review"
              params={{ org: org.slug, projectId: p.id }}
              leftSection={<IconClipboardCheck size={16} aria-hidden />}
            >
              Post-project review
            </ButtonLink>
          </>
        }
      />
      <LessonSearchBar {...filters.bar} />
      <LessonList
        org={org.slug}
        search={filters.search}
        inProject={p.id}
        renderHit={(hit) => (
          <LessonCard
            org={org.slug}
            hit={hit}
            full
            {...(mayEdit
              ? { onEdit: () => setTarget(hit.lesson), onDelete: () => setDeleting(hit.lesson) }
              : {})}
          />
        )}
        empty={
          <EmptyState
            icon={<IconBulb size={26} aria-hidden />}
            withIndicatorBackground
            title={filters.isUnfiltered ? "No lessons recorded yet" : "No lessons match"}
            description={
              filters.isUnfiltered
                ? mayEdit
                  ? "Record what went well or badly while it is fresh, with what the next project should do. At close, the post-project review turns its observations into lessons."
                  : "Nothing recorded yet; the project's managers and members record lessons."
                : "Try other words, or clear the category and tag filters."
            }
          >
            {filters.isUnfiltered ? (
              recordButton
            ) : (
              <Button variant="default" onClick={filters.clear}>
                Clear search
              </Button>
            )}
          </EmptyState>
        }
      />
      <LessonFormModal
        org={org.slug}
        projectId={p.id}
        target={target}
        onClose={() => setTarget(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete “${deleting.title}”?` : ""}
        confirmLabel="Delete"
        pending={changes.remove.isPending}
        error={changes.remove.error}
        onConfirm={() => {
          if (deleting)
            changes.remove.mutate(deleting, {
              onSuccess: () => {
                notifications.show({ color: "green", message: "Lesson deleted." });
                setDeleting(null);
              },
            });
        }}
        onClose={() => {
          changes.remove.reset();
          setDeleting(null);
        }}
      >
        The lesson leaves the knowledge base for good; the audit log keeps a copy.
      </ConfirmDialog>
    </>
  );
}
