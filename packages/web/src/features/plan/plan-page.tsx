import { Button, EmptyState, Group, SegmentedControl, Select, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { Task, TaskUpdate } from "@orrery/contracts/plans";
import {
  IconCalendarCog,
  IconCalendarTime,
  IconFileImport,
  IconTimeline,
  IconUsers,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ExportMenu } from "../../files/export-menu.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ButtonLink } from "../../shell/router-links.js";
import { calendarsQuery } from "../calendars/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { useTaskResourceNames, useTasksAssignedTo } from "../plan-resources/queries.js";
import { ResourcesModal } from "../plan-resources/resources-modal.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { AddTaskForm } from "./add-task-form.js";
import { BaselineControls } from "./baseline-controls.js";
import { BaselineMenu } from "./baseline-menu.js";
import { ZOOMS, type Zoom } from "./gantt/time-scale.js";
import { linkEdit, moveEdit, moveNote, resizeEdit } from "./gantt-edits.js";
import { ImportPlanModal } from "./import-plan-modal.js";
import { PlanEditToolbar } from "./plan-edit-toolbar.js";
import { type PlanFilter, planRows } from "./plan-rows.js";
import { PlanSettingsModal } from "./plan-settings-modal.js";
import { PlanView } from "./plan-view.js";
import {
  baselinesQuery,
  planPath,
  useBaseline,
  useBaselineComparison,
  usePlan,
} from "./queries.js";
import { cellEditLabel } from "./task-edits.js";
import { sameEntries, useKept } from "./use-kept.js";
import { usePlanEditing } from "./use-plan-editing.js";
import { useRowActions } from "./use-row-actions.js";
import { useUndoKeys } from "./use-undo-keys.js";

const ZOOM_LABELS: Record<Zoom, string> = {
  day: "Days",
  week: "Weeks",
  month: "Months",
  quarter: "Quarters",
};

const FILTERS: { value: PlanFilter; label: string }[] = [
  { value: "all", label: "All tasks" },
  { value: "critical", label: "Critical tasks" },
  { value: "milestones", label: "Milestones" },
  { value: "late", label: "Late at the status date" },
  { value: "mine", label: "Assigned to me" },
];

const NO_TASKS: readonly Task[] = [];

const isFilter = (value: string | null): value is PlanFilter =>
  FILTERS.some((f) => f.value === value);
const isZoom = (value: string): value is Zoom => ZOOMS.some((z) => z === value);

export interface PlanPageProps {
  readonly projectId: string;
  /** A task to select and bring into view on opening (a RAID item's linked task). */
  readonly initialTask?: number | undefined;
}

/** A project's plan: the task grid and Gantt chart, with import and export. */
export function PlanPage({ projectId, initialTask }: PlanPageProps) {
  const { org, can, me } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const { tasks, links } = usePlan(org.slug, projectId);
  const [zoom, setZoom] = useState<Zoom>("week");
  const [filter, setFilter] = useState<PlanFilter>("all");
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [shownBaseline, setShownBaseline] = useState<number | null>(null);
  const baselines = useQuery(baselinesQuery(org.slug, projectId));
  const baseline = useBaseline(org.slug, projectId, shownBaseline);
  const [showVariance, setShowVariance] = useState(false);
  const variance = useBaselineComparison(
    org.slug,
    projectId,
    showVariance ? shownBaseline : null,
    "current",
  );
  const varianceByTask = useMemo(
    () =>
      showVariance && variance.data
        ? new Map(variance.data.items.map((item) => [item.taskUid, item]))
        : null,
    [showVariance, variance.data],
  );
  const [importing, importer] = useDisclosure(false);
  const [setting, settings] = useDisclosure(false);
  const editing = usePlanEditing(org.slug, projectId);
  const [showingResources, resourcesModal] = useDisclosure(false);
  const resourceNames = useTaskResourceNames(org.slug, projectId);
  const calendars = useQuery(calendarsQuery(org.slug, projectId));
  const calendarNames = useMemo(
    () => new Map((calendars.data?.items ?? []).map((c) => [c.uid, c.name])),
    [calendars.data],
  );
  const mine = useTasksAssignedTo(org.slug, projectId, me.user.id);

  const list = tasks.data;
  const baselineDates = useMemo(
    () => (baseline.data ? new Map(baseline.data.items.map((b) => [b.taskUid, b])) : null),
    [baseline.data],
  );
  const rows = useMemo(
    () =>
      list
        ? planRows(
            list.items,
            collapsed,
            filter,
            { statusDate: list.plan.statusDate, mine },
            baselineDates,
          )
        : [],
    [list, collapsed, filter, mine, baselineDates],
  );
  // Kept while no row moved: predecessor texts are worked out from it, over every link.
  const rowOf = useKept(
    useMemo(() => new Map((list?.items ?? []).map((t) => [t.uid, t.position])), [list]),
    sameEntries,
  );
  const mayEdit = project.data ? can("plan.edit", project.data.myRole) : false;
  const rowActions = useRowActions({
    tasks: list?.items ?? NO_TASKS,
    rows,
    editing,
    editable: mayEdit,
    initialTask,
  });
  useUndoKeys(editing, mayEdit);
  const editCell = (task: Task, patch: TaskUpdate) =>
    void editing.edit(cellEditLabel(task.name, patch), [
      { op: "update", uid: task.uid, version: task.version, patch },
    ]);

  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (links.isError) return <ErrorState error={links.error} onRetry={() => void links.refetch()} />;
  if (project.isPending || tasks.isPending || links.isPending)
    return <LoadingState label="Loading the plan…" rows={8} />;

  const p = project.data;
  const plan = tasks.data.plan;
  const empty = tasks.data.items.length === 0;
  const toggle = (uid: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(uid)) next.add(uid);
      return next;
    });
  const exportUrl = (format: string) => `${planPath(org.slug, projectId)}/export?format=${format}`;

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Plan" />}
        title={`Plan · ${p.name}`}
        description={
          empty
            ? "No tasks yet."
            : `${plan.taskCount} tasks · ${plan.finish ? `finishes ${plan.finish.slice(0, 10)}` : "not yet scheduled"}${plan.statusDate ? ` · status date ${plan.statusDate.slice(0, 10)}` : ""}`
        }
        actions={
          <>
            {mayEdit ? (
              <Button
                variant={empty ? "filled" : "default"}
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={importer.open}
              >
                Import
              </Button>
            ) : null}
            {mayEdit && !empty ? (
              <BaselineMenu
                org={org.slug}
                projectId={projectId}
                baselines={baselines.data?.items ?? []}
                editing={editing}
                onSet={setShownBaseline}
              />
            ) : null}
            {mayEdit && !empty ? (
              <Button
                variant="default"
                leftSection={<IconCalendarCog size={16} aria-hidden />}
                onClick={settings.open}
              >
                Schedule
              </Button>
            ) : null}
            <ButtonLink
              variant="default"
              leftSection={<IconCalendarTime size={16} aria-hidden />}
              to="/orgs/$org/projects/$projectId/plan/calendars"
              params={{ org: org.slug, projectId }}
            >
              Calendars
            </ButtonLink>
            {empty ? null : (
              <Button
                variant="default"
                leftSection={<IconUsers size={16} aria-hidden />}
                onClick={resourcesModal.open}
              >
                Resources
              </Button>
            )}
            {empty ? null : (
              <ExportMenu
                formats={[
                  { label: "MS Project XML (.xml)", href: exportUrl("mspdi") },
                  { label: "Excel (.xlsx)", href: exportUrl("xlsx") },
                  { label: "CSV", href: exportUrl("csv") },
                ]}
              />
            )}
          </>
        }
      />
      {empty ? (
        <EmptyState
          icon={<IconTimeline size={26} aria-hidden />}
          withIndicatorBackground
          title="This project has no plan yet"
          description={
            mayEdit
              ? "Import a schedule from MS Project (.xml), Primavera P6 (.xer), CSV or Excel — Orrery reschedules it with its own engine — or add the first task."
              : "The project manager has not planned it yet."
          }
        >
          {mayEdit ? (
            <Group justify="center" mt="md">
              <AddTaskForm org={org.slug} projectId={projectId} editing={editing} />
            </Group>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <Group gap="sm" mb="sm" wrap="wrap">
            <SegmentedControl
              aria-label="Zoom"
              size="xs"
              value={zoom}
              onChange={(value) => {
                if (isZoom(value)) setZoom(value);
              }}
              data={ZOOMS.map((z) => ({ value: z, label: ZOOM_LABELS[z] }))}
            />
            <Select
              aria-label="Show"
              size="xs"
              w={210}
              data={FILTERS}
              value={filter}
              allowDeselect={false}
              onChange={(value) => {
                if (isFilter(value)) setFilter(value);
              }}
            />
            <BaselineControls
              org={org.slug}
              projectId={projectId}
              plan={plan}
              baselines={baselines.data?.items ?? []}
              shown={shownBaseline}
              onShow={setShownBaseline}
              varianceShown={showVariance}
              onVarianceShown={setShowVariance}
            />
            {mayEdit ? (
              <PlanEditToolbar
                editing={editing}
                actions={rowActions.actions}
                pendingDelete={rowActions.pendingDelete}
              />
            ) : null}
            {mayEdit ? (
              <AddTaskForm org={org.slug} projectId={projectId} editing={editing} />
            ) : null}
            {variance.isError ? (
              <Text size="sm" c="red" role="alert">
                The variances could not be loaded.
              </Text>
            ) : null}
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" role="status">
                No tasks match this filter.
              </Text>
            ) : null}
          </Group>
          <PlanView
            plan={plan}
            rows={rows}
            rowOf={rowOf}
            links={links.data.items}
            zoom={zoom}
            showBaseline={shownBaseline !== null}
            onToggle={toggle}
            editable={mayEdit}
            onEdit={editCell}
            onBatch={(task, operations) =>
              void editing.edit(`Predecessors of ${task.name}`, operations)
            }
            onMoveTask={(task, start) =>
              void editing
                .edit(`Move ${task.name}`, [
                  {
                    op: "update",
                    uid: task.uid,
                    version: task.version,
                    patch: moveEdit(task, start),
                  },
                ])
                .then((change) => {
                  if (change)
                    notifications.show({ role: "status", message: moveNote(task, start, change) });
                })
            }
            onResizeTask={(task, until) =>
              void editing.edit(`Duration of ${task.name}`, [
                { op: "update", uid: task.uid, version: task.version, patch: resizeEdit(until) },
              ])
            }
            onLinkTasks={(predecessor, successor) =>
              void editing.edit(
                `Link ${predecessor.name} → ${successor.name}`,
                linkEdit(predecessor.uid, successor.uid),
              )
            }
            selection={rowActions.grid}
            resourceNames={resourceNames}
            calendarNames={calendarNames}
            variance={varianceByTask}
          />
        </>
      )}
      <PlanSettingsModal
        org={org.slug}
        projectId={projectId}
        plan={plan}
        opened={setting}
        onClose={settings.close}
      />
      <ResourcesModal
        org={org.slug}
        projectId={projectId}
        opened={showingResources}
        editable={mayEdit}
        onClose={resourcesModal.close}
      />
      <ImportPlanModal
        org={org.slug}
        projectId={projectId}
        opened={importing}
        replaces={!empty}
        onClose={importer.close}
        onImported={(result) => {
          importer.close();
          notifications.show({
            color: "green",
            message: `Imported ${result.taskCount} tasks and ${result.linkCount} links.`,
          });
        }}
      />
    </>
  );
}
