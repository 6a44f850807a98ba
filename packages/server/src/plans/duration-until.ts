// Dragging a bar's end in the Gantt asks for a finish; the plan keeps durations. The browser has
// no calendars, so the server turns the finish into a duration here: the working time from the
// task's start to that moment on the very calendar the engine will schedule the task on (found
// through the same document mapping), so the engine then finishes the task where it was dropped.

import { toScheduleInput } from "@orrery/interop/schedule-input";
import { WorkingTime } from "@orrery/scheduler/calendar/working-time";
import { dayOf, type LocalMinute, parseLocalMinute } from "@orrery/scheduler/time/local-minute";
import { documentOfPlan, type PlanState } from "./plan-document.js";
import type { TaskRow } from "./plan-store.js";

/** The fields a `durationUntil` sets on a task, or why it cannot. */
export type DurationUntil =
  | { readonly ok: true; readonly fields: Partial<TaskRow> }
  | { readonly ok: false; readonly message: string };

const refused = (message: string): DurationUntil => ({ ok: false, message });

/**
 * The duration (and, for a manual task, the typed finish) that makes `row` finish at `until`.
 * `row` is the task as edited so far, so a calendar changed in the same patch counts.
 */
export function durationUntil(state: PlanState, row: TaskRow, until: string): DurationUntil {
  if (row.summary) return refused("a summary's duration comes from its subtasks");
  const startText = row.manual ? (row.manualStart ?? row.start) : row.start;
  const start = startText === null ? undefined : parseLocalMinute(startText);
  if (start === undefined) return refused("the task has no start yet; schedule it first");
  const finish = parseLocalMinute(until);
  if (finish === undefined) return refused("must be a local date-time");
  if (finish < start) return refused(`must not be before the task's start ${startText}`);
  const minutes = row.durationElapsed ? finish - start : workingMinutes(state, row, start, finish);
  return {
    ok: true,
    fields: row.manual
      ? { durationMinutes: minutes, manualFinish: until }
      : { durationMinutes: minutes },
  };
}

/** Working minutes between two moments on the calendar the engine gives the task. */
function workingMinutes(
  state: PlanState,
  row: TaskRow,
  from: LocalMinute,
  to: LocalMinute,
): number {
  // The plan with this one task: the mapping picks its calendar as it does for a whole plan.
  const { input } = toScheduleInput(
    documentOfPlan({ ...state, tasks: [{ ...row, outlineLevel: 1 }], links: [] }),
  );
  const calendar = input.tasks[0]?.calendar ?? input.projectCalendar;
  return new WorkingTime(input.calendars, calendar, dayOf(from)).between(from, to);
}
