import {
  Alert,
  Button,
  EmptyState,
  Grid,
  Group,
  NavLink,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Calendar, CalendarUpdate } from "@orrery/contracts/calendars";
import type { CalendarChange, PlanChange } from "@orrery/contracts/plans";
import { IconCalendarPlus, IconCalendarTime, IconTimeline } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { problemStatus } from "../../api/api-problem.js";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ButtonLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { tasksQuery, useUpdatePlan } from "../plan/queries.js";
import { ProjectBreadcrumbs } from "../projects/project-breadcrumbs.js";
import { useProject } from "../projects/queries.js";
import { CalendarEditor, type SaveOutcome } from "./calendar-editor.js";
import type { IsoDate } from "./calendar-month.js";
import { CalendarMonthGrid } from "./calendar-month-grid.js";
import { calendarUse } from "./calendar-usage.js";
import { NewCalendarModal, RenameCalendarModal } from "./new-calendar-modal.js";
import { type CalendarWrite, calendarsQuery, useCalendarWrite } from "./queries.js";

/** A write's answer, or null when refused; `stale` when refused as stale (412). */
interface Sent {
  readonly result: CalendarChange | null;
  readonly stale: boolean;
}

/** What a saved calendar change did to the plan, for the person who made it. */
function rescheduledNote(label: string, change: PlanChange): string {
  const moved = change.changed.length + change.rescheduled.length;
  return `${label}: saved. The plan was rescheduled; ${moved === 0 ? "no task moved" : moved === 1 ? "1 task changed" : `${moved} tasks changed`}.`;
}

/** The kind of a calendar, in words: base, or derived from which. */
function kindOf(calendar: Calendar, calendars: readonly Calendar[]): string {
  if (calendar.isBaseCalendar) return "Base calendar";
  const base = calendars.find((c) => c.uid === calendar.baseCalendarUid);
  return `Derived from ${base?.name ?? `calendar ${calendar.baseCalendarUid}`}`;
}

/**
 * A plan's calendars: the project calendar every task counts its dates on unless it has its
 * own, with a month view of each and its working week, exceptions and work weeks. Every change
 * is saved at once and reschedules the plan.
 */
export function CalendarsPage({ projectId }: { readonly projectId: string }) {
  const { org, can } = useCurrentOrg();
  const project = useProject(org.slug, projectId);
  const tasks = useQuery(tasksQuery(org.slug, projectId));
  const calendars = useQuery(calendarsQuery(org.slug, projectId));
  const write = useCalendarWrite(org.slug, projectId);
  const [selectedUid, setSelectedUid] = useState<number | null>(null);
  const [focused, setFocused] = useState<IsoDate | null>(null);
  const [exceptionRequest, setExceptionRequest] = useState<IsoDate | null>(null);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Calendar | null>(null);
  const [deleting, setDeleting] = useState<Calendar | null>(null);
  const plan = tasks.data?.plan;
  const updatePlan = useUpdatePlan(org.slug, projectId, plan?.version ?? 0);

  if (project.isError)
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (calendars.isError)
    return <ErrorState error={calendars.error} onRetry={() => void calendars.refetch()} />;
  if (project.isPending || tasks.isPending || calendars.isPending || !plan)
    return <LoadingState label="Loading the calendars…" rows={6} />;

  const p = project.data;
  const list = calendars.data.items;
  const mayEdit = can("plan.edit", p.myRole);
  const selected =
    list.find((c) => c.uid === selectedUid) ?? list.find((c) => c.isProjectCalendar) ?? list[0];
  const day = focused ?? plan.start.slice(0, 10);
  const base =
    selected?.baseCalendarUid == null ? null : list.find((c) => c.uid === selected.baseCalendarUid);

  /** Sends a write; tells the person what it did, or why it was refused. */
  const send = async (label: string, request: CalendarWrite): Promise<Sent> => {
    try {
      const result = await write.mutateAsync(request);
      notifications.show({ color: "green", message: rescheduledNote(label, result.change) });
      return { result, stale: false };
    } catch (error) {
      const stale = problemStatus(error) === 412;
      if (stale)
        notifications.show({
          color: "red",
          title: "Someone else changed this calendar meanwhile",
          message: `"${label}" was not saved. The page now shows their version; make your change again on it.`,
        });
      return { result: null, stale };
    }
  };
  const save = async (
    label: string,
    patch: CalendarUpdate,
    base?: Calendar,
  ): Promise<SaveOutcome> => {
    const calendar = base ?? selected;
    if (!calendar) return "refused";
    const { result, stale } = await send(label, { kind: "update", calendar, patch });
    return result ? "saved" : stale ? "stale" : "refused";
  };
  const use = selected ? calendarUse(selected, list, tasks.data.items) : null;

  return (
    <>
      <PageHeader
        above={<ProjectBreadcrumbs org={org.slug} project={p} page="Calendars" />}
        title={`Calendars · ${p.name}`}
        description="The working time the plan is scheduled on. Tasks count their dates on the project calendar unless they have a calendar of their own (the Calendar column of the plan). Every change is saved at once and reschedules the plan; calendar changes are not on the plan's Undo history."
        actions={
          <>
            <ButtonLink
              variant="default"
              leftSection={<IconTimeline size={16} aria-hidden />}
              to="/orgs/$org/projects/$projectId/plan"
              params={{ org: org.slug, projectId }}
            >
              Plan
            </ButtonLink>
            {mayEdit ? (
              <Button
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                onClick={() => {
                  write.reset();
                  setCreating(true);
                }}
              >
                New calendar
              </Button>
            ) : null}
          </>
        }
      />
      {!selected ? (
        <EmptyState
          icon={<IconCalendarTime size={26} aria-hidden />}
          withIndicatorBackground
          title="This plan has no calendars"
          description="It is scheduled on MS Project's standard week. Create a calendar to set working hours and holidays."
        />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <nav aria-label="Calendars of this plan">
              {list.map((c) => (
                <NavLink
                  key={c.uid}
                  component="button"
                  type="button"
                  active={c.uid === selected.uid}
                  aria-current={c.uid === selected.uid ? "true" : undefined}
                  // The kind in the label, not Mantine's description: its faded text is under
                  // 4.5:1 on the active link's tint.
                  label={
                    <Stack gap={0}>
                      <span>{c.name}</span>
                      <Text span size="xs">
                        {`${c.isProjectCalendar ? "Project calendar · " : ""}${kindOf(c, list)}`}
                      </Text>
                    </Stack>
                  }
                  onClick={() => setSelectedUid(c.uid)}
                />
              ))}
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Paper withBorder p="md">
              <Stack gap="md">
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Title order={2} size="h3">
                      {selected.name}
                    </Title>
                    <Group gap={6} mt={4}>
                      {selected.isProjectCalendar ? (
                        <TintedBadge color="indigo">Project calendar</TintedBadge>
                      ) : null}
                      <TintedBadge color="gray">{kindOf(selected, list)}</TintedBadge>
                    </Group>
                  </div>
                  {mayEdit ? (
                    <Group gap="xs">
                      {selected.isProjectCalendar ? null : (
                        <Button
                          size="xs"
                          variant="default"
                          loading={updatePlan.isPending}
                          onClick={() =>
                            updatePlan.mutate(
                              { calendarUid: selected.uid },
                              {
                                onSuccess: (change) =>
                                  notifications.show({
                                    color: "green",
                                    message: rescheduledNote(
                                      `${selected.name} is the project calendar`,
                                      change,
                                    ),
                                  }),
                                onError: (error) =>
                                  notifications.show({
                                    color: "red",
                                    message:
                                      problemStatus(error) === 412
                                        ? "Someone else changed the plan meanwhile; try again on their version."
                                        : "The project calendar was not changed.",
                                  }),
                              },
                            )
                          }
                        >
                          Make project calendar
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => {
                          write.reset();
                          setRenaming(selected);
                        }}
                      >
                        Rename
                      </Button>
                      {use === null ? (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          onClick={() => {
                            write.reset();
                            setDeleting(selected);
                          }}
                        >
                          Delete
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Group>
                {mayEdit && use !== null ? (
                  <Text size="xs" c="dimmed">
                    Cannot be deleted while in use: {use}.
                  </Text>
                ) : null}
                <CalendarMonthGrid
                  calendars={list}
                  calendar={selected}
                  weekStartDay={plan.weekStartDay}
                  focused={day}
                  onFocusChange={setFocused}
                  onActivate={
                    mayEdit
                      ? (date) => {
                          write.reset();
                          setExceptionRequest(date);
                        }
                      : undefined
                  }
                />
                <CalendarEditor
                  key={selected.uid}
                  calendar={selected}
                  baseName={base?.name ?? null}
                  editable={mayEdit}
                  pending={write.isPending}
                  error={write.error}
                  resetError={write.reset}
                  save={save}
                  day={day}
                  exceptionRequest={exceptionRequest}
                  onExceptionRequestDone={() => setExceptionRequest(null)}
                />
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      )}
      {write.error && problemStatus(write.error) === 412 ? (
        <Alert
          color="red"
          mt="md"
          role="alert"
          title="Not saved: someone else changed this calendar"
        >
          The page shows their version now. Make your change again on it.
        </Alert>
      ) : null}
      <NewCalendarModal
        opened={creating}
        calendars={list}
        selected={selected ?? null}
        pending={write.isPending}
        error={creating ? write.error : null}
        onSubmit={(body) =>
          void send(`Calendar ${body.name}`, { kind: "create", body }).then(({ result }) => {
            if (!result) return;
            setCreating(false);
            if (result.calendar) setSelectedUid(result.calendar.uid);
          })
        }
        onClose={() => setCreating(false)}
      />
      <RenameCalendarModal
        calendar={renaming}
        calendars={list}
        pending={write.isPending}
        error={renaming ? write.error : null}
        onSubmit={(name) => {
          if (!renaming) return;
          void send(`Rename ${renaming.name} to ${name}`, {
            kind: "update",
            calendar: renaming,
            patch: { name },
          }).then(({ result }) => {
            if (result) setRenaming(null);
          });
        }}
        onClose={() => setRenaming(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? "calendar"}?`}
        confirmLabel="Delete calendar"
        pending={write.isPending}
        error={deleting ? write.error : null}
        onConfirm={() => {
          if (!deleting) return;
          void send(`Delete ${deleting.name}`, { kind: "delete", calendar: deleting }).then(
            ({ result }) => {
              if (!result) return;
              setDeleting(null);
              setSelectedUid(null);
            },
          );
        }}
        onClose={() => setDeleting(null)}
      >
        Nothing in the plan uses it, so no date moves. Deleting cannot be undone.
      </ConfirmDialog>
    </>
  );
}
