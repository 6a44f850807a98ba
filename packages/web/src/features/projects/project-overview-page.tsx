import { Alert, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconAlertTriangle,
  IconArchive,
  IconArrowsExchange,
  IconBulb,
  IconFiles,
  IconPencil,
  IconReportAnalytics,
  IconRoute,
  IconTimeline,
} from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ButtonLink } from "../../shell/router-links.js";
import { LessonSuggestionsPanel } from "../lessons/lesson-suggestions.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectActionsMenu } from "./project-actions-menu.js";
import { ProjectBreadcrumbs } from "./project-breadcrumbs.js";
import { ProjectDetailsCard, ProjectPeopleCards } from "./project-details.js";
import { ProjectFormModal } from "./project-form-modal.js";
import { ProjectMembersPanel } from "./project-members-panel.js";
import { useProject } from "./queries.js";
import { ArchivedBadge, StatusBadge } from "./status-badge.js";
import { useArchiveProject } from "./use-archive-project.js";

/** The project's own pages, each shown to those who may read it; the plan is the primary one. */
const PROJECT_PAGES = [
  {
    action: "plan.read",
    to: "/orgs/$org/projects/$projectId/plan",
    label: "Plan",
    icon: IconTimeline,
    variant: "filled",
  },
  {
    action: "raid.read",
    to: "/orgs/$org/projects/$projectId/raid",
    label: "RAID log",
    icon: IconAlertTriangle,
    variant: "default",
  },
  {
    action: "change.read",
    to: "/orgs/$org/projects/$projectId/changes",
    label: "Changes",
    icon: IconArrowsExchange,
    variant: "default",
  },
  {
    action: "lifecycle.read",
    to: "/orgs/$org/projects/$projectId/lifecycle",
    label: "Lifecycle",
    icon: IconRoute,
    variant: "default",
  },
  {
    action: "status_report.read",
    to: "/orgs/$org/projects/$projectId/status-reports",
    label: "Status reports",
    icon: IconReportAnalytics,
    variant: "default",
  },
  {
    action: "document.read",
    to: "/orgs/$org/projects/$projectId/documents",
    label: "Documents",
    icon: IconFiles,
    variant: "default",
  },
  {
    action: "lesson.read",
    to: "/orgs/$org/projects/$projectId/lessons",
    label: "Lessons",
    icon: IconBulb,
    variant: "default",
  },
] as const;

export function ProjectOverviewPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const navigate = useNavigate();
  const project = useProject(org.slug, projectId);
  const [editing, edit] = useDisclosure(false);
  const archive = useArchiveProject(org.slug);

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const mayUpdate = can("project.update", p.myRole);
  const backToList = () => void navigate({ to: "/orgs/$org/projects", params: { org: org.slug } });

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} />}
        title={p.name}
        description={
          <Group gap="xs" component="span">
            <Text span ff="monospace" fw={600} size="sm" c="var(--mantine-color-text)">
              {p.key}
            </Text>
            <StatusBadge status={p.status} />
            {p.archived ? <ArchivedBadge /> : null}
          </Group>
        }
        actions={
          <>
            {PROJECT_PAGES.filter((page) => can(page.action, p.myRole)).map((page) => (
              <ButtonLink
                key={page.to}
                variant={page.variant}
                to={page.to}
                params={{ org: org.slug, projectId: p.id }}
                leftSection={<page.icon size={16} aria-hidden />}
              >
                {page.label}
              </ButtonLink>
            ))}
            {mayUpdate ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={edit.open}
              >
                Edit
              </Button>
            ) : null}
            <ProjectActionsMenu project={p} onDeleted={backToList} />
          </>
        }
      />
      <Stack gap="lg">
        {p.archived ? (
          <Alert
            variant="light"
            color="gray"
            icon={<IconArchive aria-hidden />}
            title="This project is archived"
          >
            <Text size="sm">It is hidden from the project list and kept for reference.</Text>
            {mayUpdate ? (
              <Button
                mt="sm"
                size="xs"
                variant="default"
                loading={archive.isPending}
                onClick={() => archive.setArchived(p, false)}
              >
                Restore project
              </Button>
            ) : null}
          </Alert>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <ProjectDetailsCard project={p} />
              <ProjectMembersPanel project={p} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="lg">
              <ProjectPeopleCards project={p} />
              <LessonSuggestionsPanel org={org.slug} about={{ projectId: p.id }} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <ProjectFormModal org={org.slug} project={p} opened={editing} onClose={edit.close} />
    </>
  );
}
