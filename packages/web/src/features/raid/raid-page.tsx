import { Button, EmptyState, Grid, Tabs } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  RAID_TYPES,
  type RaidItem,
  type RaidItemUpdate,
  type RaidType,
} from "@orrery/contracts/raid";
import { IconAlertTriangle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useLifecycle } from "../lifecycle/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject, useProjectList } from "../projects/queries.js";
import { type RaidListSearch, useRaidChanges } from "./queries.js";
import { RaidFormModal } from "./raid-form-modal.js";
import { RAID_TYPE_LABELS } from "./raid-labels.js";
import { RaidListSection } from "./raid-list-section.js";
import { RaidToolbar } from "./raid-toolbar.js";
import { RiskHeatMapSection } from "./risk-heat-map.js";
import { useRaidFilters } from "./use-raid-filters.js";

const isRaidType = (value: string | null): value is RaidType =>
  RAID_TYPES.some((type) => type === value);

/** What each tab says when it is empty, to the people who may fill it. */
const EMPTY_HINTS: Record<RaidType, string> = {
  risk: "Record what could go wrong (or better than planned), how likely and how bad it would be, and what you will do about it.",
  issue: "Record problems happening now, who owns them and when they must be solved.",
  assumption: "Record what the plan takes for granted, so it can be checked.",
  dependency: "Record what this project needs from others, including other projects here.",
  decision: "Record decisions with who made them, the options and the reasons.",
  action: "Record who does what by when.",
};

/** A project's RAID log: a tab per type, the risks' heat map, record, edit, close, delete. */
export function RaidPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const [type, setType] = useState<RaidType>("risk");
  const filters = useRaidFilters("-createdAt");
  const [target, setTarget] = useState<{ item: RaidItem } | { type: RaidType } | null>(null);
  const [deleting, setDeleting] = useState<RaidItem | null>(null);
  const changes = useRaidChanges(org.slug, projectId);
  const others = useProjectList(org.slug, {});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The template's categories; a project without a lifecycle (404) takes free text.
  const lifecycle = useLifecycle(org.slug, projectId);
  const templateCategories = lifecycle.data?.raidCategories ?? [];
  const categories = templateCategories.length > 0 ? templateCategories : null;

  if (project.isPending) return <LoadingState label="Loading the project…" rows={6} />;
  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const mayEdit = can("raid.edit", p.myRole);
  const search: RaidListSearch = { projectId: p.id, type, ...filters.search };
  const projectOptions = (others.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((other) => other.id !== p.id)
    .map((other) => ({ value: other.id, label: `${other.key} · ${other.name}` }));
  const label = RAID_TYPE_LABELS[type];
  const quickEdit = (item: RaidItem, edit: RaidItemUpdate, done: string) =>
    changes.update.mutate(
      { item, changes: edit },
      {
        onSuccess: (changed) =>
          notifications.show({ color: "green", message: `${changed.ref} ${done}.` }),
        onError: (error) => {
          const message = describeProblem(error);
          notifications.show({ color: "red", title: message.title, message: message.detail });
        },
      },
    );
  const recordButton = mayEdit ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setTarget({ type })}>
      Record {label.one.toLowerCase()}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="RAID log" />}
        title={`RAID log · ${p.name}`}
        description="Risks, assumptions, issues and dependencies, with the decisions and actions they lead to."
      />
      <Tabs
        value={type}
        onChange={(value) => {
          if (isRaidType(value)) setType(value);
          setSelected(new Set());
        }}
        mb="md"
      >
        <Tabs.List>
          {RAID_TYPES.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {RAID_TYPE_LABELS[t].many}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: type === "risk" ? 8 : 12 }}>
          <RaidToolbar
            org={org.slug}
            search={search}
            {...filters.toolbar}
            {...(categories ? { categories } : {})}
          >
            {recordButton}
          </RaidToolbar>
          <RaidListSection
            org={org.slug}
            search={search}
            onSortChange={filters.setSort}
            scope="project"
            label={label.many}
            {...(mayEdit
              ? {
                  actions: {
                    onEdit: (item) => setTarget({ item }),
                    onClose: (item) => quickEdit(item, { status: "closed" }, "closed"),
                    // An empty edit counts as a review and changes nothing else.
                    onReview: (item) => quickEdit(item, {}, "marked reviewed"),
                    onDelete: setDeleting,
                  },
                  bulk: {
                    projectId: p.id,
                    categories,
                    selected,
                    onChange: setSelected,
                  },
                }
              : {})}
            empty={
              <EmptyState
                icon={<IconAlertTriangle size={26} aria-hidden />}
                withIndicatorBackground
                title={
                  filters.showsAllOpen
                    ? `No open ${label.many.toLowerCase()}`
                    : `No ${label.many.toLowerCase()} match`
                }
                description={
                  mayEdit
                    ? EMPTY_HINTS[type]
                    : "Nothing recorded here yet; the project's managers and members record them."
                }
              >
                {recordButton}
              </EmptyState>
            }
          />
        </Grid.Col>
        {type === "risk" ? (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <RiskHeatMapSection org={org.slug} projectId={p.id} title="Heat map" />
          </Grid.Col>
        ) : null}
      </Grid>
      <RaidFormModal
        org={org.slug}
        projectId={p.id}
        projects={projectOptions}
        categories={categories}
        target={target}
        onClose={() => setTarget(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete ${deleting.ref}?` : ""}
        confirmLabel="Delete"
        pending={changes.remove.isPending}
        error={changes.remove.error}
        onConfirm={() => {
          if (deleting)
            changes.remove.mutate(deleting, {
              onSuccess: () => {
                notifications.show({ color: "green", message: `${deleting.ref} deleted.` });
                setDeleting(null);
              },
            });
        }}
        onClose={() => {
          changes.remove.reset();
          setDeleting(null);
        }}
      >
        {deleting
          ? `“${deleting.title}” leaves the RAID log for good; the audit log keeps a copy. To keep it on record, close it instead.`
          : ""}
      </ConfirmDialog>
    </>
  );
}
