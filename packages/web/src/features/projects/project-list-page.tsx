import { Alert, Button, EmptyState, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBriefcase, IconFilterOff, IconPlus } from "@tabler/icons-react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { isFiltered, type ProjectSearch, sortOf } from "./project-filters.js";
import { ProjectFormModal } from "./project-form-modal.js";
import { ProjectListToolbar } from "./project-list-toolbar.js";
import { ProjectTable } from "./project-table.js";
import { useProjectList } from "./queries.js";

export interface ProjectListPageProps {
  readonly search: ProjectSearch;
  readonly onSearchChange: (next: Partial<ProjectSearch>) => void;
}

export function ProjectListPage({ search, onSearchChange }: ProjectListPageProps) {
  const { org, can } = useCurrentOrg();
  const [creating, create] = useDisclosure(false);
  const list = useProjectList(org.slug, search);
  const mayCreate = can("project.create");
  const projects = list.data?.pages.flatMap((page) => page.items) ?? [];
  const clearFilters = () =>
    onSearchChange({ q: undefined, status: undefined, archived: undefined });

  let body: React.ReactNode;
  if (list.isPending) {
    body = <LoadingState label="Loading projects…" rows={8} />;
  } else if (list.isError && projects.length === 0) {
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  } else if (projects.length === 0 && isFiltered(search)) {
    body = (
      <EmptyState
        icon={<IconFilterOff size={26} aria-hidden />}
        withIndicatorBackground
        title="No projects match these filters"
        description="Try another search word or status, or include archived projects."
        py="xl"
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={clearFilters}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else if (projects.length === 0) {
    body = (
      <EmptyState
        icon={<IconBriefcase size={26} aria-hidden />}
        variant="light"
        title="No projects yet"
        description={
          mayCreate
            ? "Create the first project: give it a key, a name and, if you know them, dates and a budget. You can change everything later."
            : "Projects appear here once a project or PMO manager creates them, or adds you to one."
        }
        py="xl"
      >
        {mayCreate ? (
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
              Create the first project
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    );
  } else {
    body = (
      <Stack gap="sm">
        <ProjectTable
          org={org.slug}
          projects={projects}
          sort={sortOf(search)}
          onSortChange={(sort) => onSearchChange({ sort: sort === "name" ? undefined : sort })}
        />
        {list.isFetchNextPageError ? (
          <Alert color="red" variant="light" role="alert" title={describeProblem(list.error).title}>
            {describeProblem(list.error).detail}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {list.hasNextPage
              ? `First ${projects.length} projects`
              : `${projects.length} ${projects.length === 1 ? "project" : "projects"}`}
          </Text>
          {list.hasNextPage ? (
            <Button
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              Load more
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Projects"
        description={`Every project of ${org.name}.`}
        actions={
          mayCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
              New project
            </Button>
          ) : null
        }
      />
      <ProjectListToolbar search={search} onSearchChange={onSearchChange} />
      <div aria-live="polite" aria-busy={list.isFetching} className="visually-hidden">
        {list.isSuccess ? `${projects.length} projects shown` : ""}
      </div>
      {body}
      <ProjectFormModal org={org.slug} opened={creating} onClose={create.close} />
    </>
  );
}
