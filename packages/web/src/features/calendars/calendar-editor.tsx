import { Button, Group, Stack, Tabs, Text } from "@mantine/core";
import type { Calendar, CalendarUpdate } from "@orrery/contracts/calendars";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ExceptionFormModal } from "./exception-form-modal.js";
import { describeRecurrence, type Exception } from "./exception-form-values.js";
import { type PeriodColumn, PeriodTable } from "./period-table.js";
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

const EXCEPTION_COLUMNS: readonly PeriodColumn<Exception>[] = [
  { header: "Name", cell: (e) => e.name ?? "—" },
  {
    header: "Dates",
    cell: (e) =>
      `${e.fromDate === e.toDate ? e.fromDate : `${e.fromDate} to ${e.toDate}`}${e.occurrences ? ` (${e.occurrences} times)` : ""}`,
  },
  { header: "Repeats", cell: (e) => describeRecurrence(e.recurrence) },
  {
    header: "Working time",
    cell: (e) => (e.working ? formatWorkingTimes(e.workingTimes) : "Non-working"),
  },
];

const WORK_WEEK_COLUMNS: readonly PeriodColumn<WorkWeekValue>[] = [
  { header: "Name", cell: (w) => w.name ?? "—" },
  { header: "Dates", cell: (w) => `${w.fromDate} to ${w.toDate}` },
  { header: "Days it sets", cell: (w) => w.weekDays.length },
];

function AddButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  return (
    <Group>
      <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
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
  /** Opens a period's form afresh (a failure shown before is forgotten). */
  const open = (set: (form: { index: number | null }) => void, index: number | null) => {
    resetError();
    set({ index });
  };
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
              <AddButton label="Add exception" onClick={() => open(setExceptionForm, null)} />
            ) : null}
            {calendar.exceptions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No exceptions: every date follows the week{baseName ? ` and ${baseName}` : ""}.
              </Text>
            ) : (
              <PeriodTable
                label="Exceptions"
                what="exception"
                items={calendar.exceptions}
                columns={EXCEPTION_COLUMNS}
                editable={editable}
                onChange={(index) => open(setExceptionForm, index)}
                onRemove={(index, label) => {
                  resetError();
                  setRemoval({ kind: "exception", index, label });
                }}
              />
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
              <AddButton label="Add work week" onClick={() => open(setWorkWeekForm, null)} />
            ) : null}
            {calendar.workWeeks.length === 0 ? null : (
              <PeriodTable
                label="Work weeks"
                what="work week"
                items={calendar.workWeeks}
                columns={WORK_WEEK_COLUMNS}
                editable={editable}
                onChange={(index) => open(setWorkWeekForm, index)}
                onRemove={(index, label) => {
                  resetError();
                  setRemoval({ kind: "workWeek", index, label });
                }}
              />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ExceptionFormModal
        opened={openException !== null}
        value={
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
        value={
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
