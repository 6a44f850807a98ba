import { Button, Group, Stack, Table, Tabs, Text } from "@mantine/core";
import type { Calendar, CalendarUpdate } from "@orrery/contracts/calendars";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ExceptionFormModal } from "./exception-form-modal.js";
import { describeRecurrence, type Exception } from "./exception-form-values.js";
import { WeekDaysEditor } from "./week-days-editor.js";
import { type DayValues, weekDaysOf, weekValuesOf } from "./week-form-values.js";
import { WorkWeekFormModal, type WorkWeekValue } from "./work-week-form-modal.js";
import { formatWorkingTimes } from "./working-times.js";

/** How a save went; the page has told the person. `stale`: refused, someone changed it (412). */
export type SaveOutcome = "saved" | "stale" | "refused";

/**
 * Sends a change of the calendar with If-Match: the version of `base` (the calendar as the
 * change was started on), else the calendar as the page shows it now.
 */
export type SaveCalendar = (
  label: string,
  patch: CalendarUpdate,
  base?: Calendar,
) => Promise<SaveOutcome>;

export interface CalendarEditorProps {
  readonly calendar: Calendar;
  /** The name of its base calendar, when derived. */
  readonly baseName: string | null;
  readonly editable: boolean;
  readonly pending: boolean;
  readonly error: unknown;
  /** Forgets the last write's failure (a form opened afresh starts clean). */
  readonly resetError: () => void;
  readonly save: SaveCalendar;
  /** The day the month grid is on: where a new exception or work week starts. */
  readonly day: string;
  /** Set by the month grid (Enter on a day) to open the exception form there. */
  readonly exceptionRequest: string | null;
  readonly onExceptionRequestDone: () => void;
}

type Removal = { kind: "exception" | "workWeek"; index: number; label: string };

/**
 * A calendar's working week, exceptions and work weeks, each saved as one change that
 * reschedules the plan. Removals ask first: calendar changes are not on the plan's Undo history.
 */
export function CalendarEditor(props: CalendarEditorProps) {
  const { calendar, baseName, editable, pending, error, resetError, save, day } = props;
  const { exceptionRequest, onExceptionRequestDone } = props;
  const [exceptionForm, setExceptionForm] = useState<{ index: number | null } | null>(null);
  const [workWeekForm, setWorkWeekForm] = useState<{ index: number | null } | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const openException = exceptionForm ?? (exceptionRequest !== null ? { index: null } : null);
  const exceptionDate = exceptionRequest ?? day;
  const closeException = () => {
    setExceptionForm(null);
    onExceptionRequestDone();
  };

  const saveException = async (exception: Exception) => {
    const index = openException?.index ?? null;
    const exceptions =
      index === null
        ? [...calendar.exceptions, exception]
        : calendar.exceptions.map((e, i) => (i === index ? exception : e));
    const label = `${index === null ? "Add" : "Change"} exception ${exception.name ?? exception.fromDate}`;
    if ((await save(label, { exceptions })) === "saved") closeException();
  };
  const saveWorkWeek = async (workWeek: WorkWeekValue) => {
    const index = workWeekForm?.index ?? null;
    const workWeeks =
      index === null
        ? [...calendar.workWeeks, workWeek]
        : calendar.workWeeks.map((w, i) => (i === index ? workWeek : w));
    const label = `${index === null ? "Add" : "Change"} work week ${workWeek.name ?? workWeek.fromDate}`;
    if ((await save(label, { workWeeks })) === "saved") setWorkWeekForm(null);
  };
  const remove = async () => {
    if (!removal) return;
    const patch: CalendarUpdate =
      removal.kind === "exception"
        ? { exceptions: calendar.exceptions.filter((_, i) => i !== removal.index) }
        : { workWeeks: calendar.workWeeks.filter((_, i) => i !== removal.index) };
    if ((await save(`Remove ${removal.label}`, patch)) === "saved") setRemoval(null);
  };

  return (
    <>
      <Tabs defaultValue="week" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="week">Working week</Tabs.Tab>
          <Tabs.Tab value="exceptions">Exceptions ({calendar.exceptions.length})</Tabs.Tab>
          <Tabs.Tab value="workWeeks">Work weeks ({calendar.workWeeks.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="week" pt="sm">
          <WeekForm
            calendar={calendar}
            inheritsFrom={baseName ?? "MS Project's default week"}
            editable={editable}
            pending={pending}
            save={save}
          />
        </Tabs.Panel>
        <Tabs.Panel value="exceptions" pt="sm">
          <Stack gap="xs">
            {editable ? (
              <Group>
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => {
                    resetError();
                    setExceptionForm({ index: null });
                  }}
                >
                  Add exception
                </Button>
              </Group>
            ) : null}
            {calendar.exceptions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No exceptions: every date follows the week{baseName ? ` and ${baseName}` : ""}.
              </Text>
            ) : (
              <Table aria-label="Exceptions" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Dates</Table.Th>
                    <Table.Th>Repeats</Table.Th>
                    <Table.Th>Working time</Table.Th>
                    {editable ? <Table.Th aria-label="Actions" /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {calendar.exceptions.map((e, index) => {
                    const label = `exception ${e.name ?? e.fromDate}`;
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: exceptions have no id; their position is their identity in the calendar
                      <Table.Tr key={index}>
                        <Table.Td>{e.name ?? "—"}</Table.Td>
                        <Table.Td>
                          {e.fromDate === e.toDate ? e.fromDate : `${e.fromDate} to ${e.toDate}`}
                          {e.occurrences ? ` (${e.occurrences} times)` : ""}
                        </Table.Td>
                        <Table.Td>{describeRecurrence(e.recurrence)}</Table.Td>
                        <Table.Td>
                          {e.working ? formatWorkingTimes(e.workingTimes) : "Non-working"}
                        </Table.Td>
                        {editable ? (
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="default"
                                aria-label={`Change ${label}`}
                                onClick={() => {
                                  resetError();
                                  setExceptionForm({ index });
                                }}
                              >
                                Change
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="default"
                                color="red"
                                aria-label={`Remove ${label}`}
                                onClick={() => {
                                  resetError();
                                  setRemoval({ kind: "exception", index, label });
                                }}
                              >
                                Remove
                              </Button>
                            </Group>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="workWeeks" pt="sm">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              A work week gives a period its own week (summer hours, a shutdown on short days); its
              days left “as the calendar's week” keep the normal hours.
            </Text>
            {editable ? (
              <Group>
                <Button
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => {
                    resetError();
                    setWorkWeekForm({ index: null });
                  }}
                >
                  Add work week
                </Button>
              </Group>
            ) : null}
            {calendar.workWeeks.length === 0 ? null : (
              <Table aria-label="Work weeks" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Dates</Table.Th>
                    <Table.Th>Days it sets</Table.Th>
                    {editable ? <Table.Th aria-label="Actions" /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {calendar.workWeeks.map((w, index) => {
                    const label = `work week ${w.name ?? w.fromDate}`;
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: work weeks have no id; their position is their identity in the calendar
                      <Table.Tr key={index}>
                        <Table.Td>{w.name ?? "—"}</Table.Td>
                        <Table.Td>{`${w.fromDate} to ${w.toDate}`}</Table.Td>
                        <Table.Td>{w.weekDays.length}</Table.Td>
                        {editable ? (
                          <Table.Td>
                            <Group gap={4} justify="flex-end" wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="default"
                                aria-label={`Change ${label}`}
                                onClick={() => {
                                  resetError();
                                  setWorkWeekForm({ index });
                                }}
                              >
                                Change
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="default"
                                color="red"
                                aria-label={`Remove ${label}`}
                                onClick={() => {
                                  resetError();
                                  setRemoval({ kind: "workWeek", index, label });
                                }}
                              >
                                Remove
                              </Button>
                            </Group>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ExceptionFormModal
        opened={openException !== null}
        exception={
          openException?.index == null ? null : (calendar.exceptions[openException.index] ?? null)
        }
        date={exceptionDate}
        pending={pending}
        error={openException ? error : null}
        onSubmit={(exception) => void saveException(exception)}
        onClose={closeException}
      />
      <WorkWeekFormModal
        opened={workWeekForm !== null}
        workWeek={
          workWeekForm?.index == null ? null : (calendar.workWeeks[workWeekForm.index] ?? null)
        }
        date={day}
        pending={pending}
        error={workWeekForm ? error : null}
        onSubmit={(workWeek) => void saveWorkWeek(workWeek)}
        onClose={() => setWorkWeekForm(null)}
      />
      <ConfirmDialog
        opened={removal !== null}
        title={`Remove ${removal?.label ?? ""}?`}
        confirmLabel="Remove and reschedule"
        pending={pending}
        error={removal ? error : null}
        onConfirm={() => void remove()}
        onClose={() => setRemoval(null)}
      >
        The plan is rescheduled on the calendar without it. Calendar changes are not on the plan's
        Undo history; add it again to restore it.
      </ConfirmDialog>
    </>
  );
}

function WeekForm({
  calendar,
  inheritsFrom,
  editable,
  pending,
  save,
}: {
  readonly calendar: Calendar;
  readonly inheritsFrom: string;
  readonly editable: boolean;
  readonly pending: boolean;
  readonly save: SaveCalendar;
}) {
  // The person's edits and the calendar as they started them: a change someone else makes
  // meanwhile (shown live) does not wipe the draft, and saving the draft over it is refused.
  const [draft, setDraft] = useState<{ days: DayValues[]; base: Calendar } | null>(null);
  const days = draft?.days ?? weekValuesOf(calendar.weekDays);
  const parsed = weekDaysOf(days);
  const changed =
    draft !== null &&
    parsed.ok &&
    JSON.stringify(parsed.weekDays) !== JSON.stringify(draft.base.weekDays);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.ok || !draft) return;
        void save(
          `Working week of ${calendar.name}`,
          { weekDays: parsed.weekDays },
          draft.base,
        ).then((outcome) => {
          if (outcome !== "refused") setDraft(null);
        });
      }}
    >
      <Stack gap="xs">
        <WeekDaysEditor
          label={`Working week of ${calendar.name}`}
          values={days}
          onChange={(next) => setDraft({ days: next, base: draft?.base ?? calendar })}
          inheritsFrom={inheritsFrom}
          disabled={!editable}
        />
        {editable ? (
          <Group gap="xs">
            <Button type="submit" size="xs" loading={pending} disabled={!changed}>
              Save working week and reschedule
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={draft === null}
              onClick={() => setDraft(null)}
            >
              Discard changes
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
