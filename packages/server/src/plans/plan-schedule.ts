// The engine's result as the computed columns of each task row, and its refusals as field
// problems.

import { Invalid } from "@orrery/core/errors/domain-error";
import { summaryFlags } from "@orrery/core/plans/outline";
import { MomentTexts } from "@orrery/interop/moment-text";
import type { ScheduleReportFailure } from "@orrery/interop/schedule-report";
import type { ScheduleResult } from "@orrery/scheduler/cpm/schedule";
import type { SchedulePlan } from "@orrery/scheduler/network/schedule-plan";
import type { TaskRow } from "./plan-store.js";

/** The rows with fresh computed columns, and the plan's computed finish. */
export interface ScheduledRows {
  readonly tasks: TaskRow[];
  readonly finish: string | null;
}

/** How a person finds a task in the grid: its name and row number. */
export type TaskLabels = ReadonlyMap<number, string>;

export function taskLabels(tasks: readonly TaskRow[]): TaskLabels {
  return new Map(tasks.map((task, index) => [task.uid, `"${task.name}" (row ${index + 1})`]));
}

/**
 * Why a plan cannot be scheduled, as a field problem the caller can act on. A loop names its
 * tasks as the grid shows them when `labels` knows them, else by UID.
 */
export function scheduleProblem(failure: ScheduleReportFailure, labels?: TaskLabels): Invalid {
  if (failure.reason === "cycle") {
    const loop = failure.tasks.map((uid) => labels?.get(uid) ?? String(uid));
    return new Invalid([
      { path: "links", message: `would make a loop through tasks ${loop.join(" → ")}` },
    ]);
  }
  const tasks = failure.tasks.length > 0 ? ` (tasks ${failure.tasks.join(", ")})` : "";
  return new Invalid([
    { path: "tasks", message: `cannot be scheduled: ${failure.message}${tasks}` },
  ]);
}

/** Floats are reported to a tenth of a minute, as the schedule report does. */
function floatMinutes(value: number | undefined): number | null {
  if (value === undefined || Number.isNaN(value)) return null;
  return Math.round(value * 10) / 10;
}

/** The computed columns of a task row. */
type Computed = Pick<
  TaskRow,
  | "start"
  | "finish"
  | "earlyStart"
  | "earlyFinish"
  | "lateStart"
  | "lateFinish"
  | "totalFloatMinutes"
  | "freeFloatMinutes"
  | "critical"
  | "summary"
  | "durationMinutes"
>;

function sameComputed(row: TaskRow, computed: Computed): boolean {
  return (
    row.start === computed.start &&
    row.finish === computed.finish &&
    row.earlyStart === computed.earlyStart &&
    row.earlyFinish === computed.earlyFinish &&
    row.lateStart === computed.lateStart &&
    row.lateFinish === computed.lateFinish &&
    row.totalFloatMinutes === computed.totalFloatMinutes &&
    row.freeFloatMinutes === computed.freeFloatMinutes &&
    row.critical === computed.critical &&
    row.summary === computed.summary &&
    row.durationMinutes === computed.durationMinutes
  );
}

/**
 * The rows with the result's dates and floats. `documentIndex[i]` is the row of engine task i
 * (the document has one task per row, in row order). A row whose computed values did not move
 * is kept as it is, so an edit of a large plan allocates only for the rows it moved. A
 * summary's duration is computed too, as MS Project computes it: the working time from its
 * start to its finish on the project calendar.
 */
export function rowsWithResult(
  rows: readonly TaskRow[],
  documentIndex: readonly number[],
  engine: { readonly plan: SchedulePlan; readonly result: ScheduleResult },
): ScheduledRows {
  const { plan, result } = engine;
  const texts = new MomentTexts();
  const at = (array: Float64Array, i: number) => texts.of(array[i]) || null;
  const projectCalendar = plan.calendars[plan.input.projectCalendar];
  const summaries = summaryFlags(rows.map((row) => row.outlineLevel));
  const engineIndex = new Int32Array(rows.length).fill(-1);
  documentIndex.forEach((rowIndex, i) => {
    engineIndex[rowIndex] = i;
  });
  const tasks = rows.map((row, r) => {
    const i = engineIndex[r] ?? -1;
    const summary = summaries[r] === true;
    if (i < 0) return row.summary === summary ? row : { ...row, summary };
    const start = result.start[i] ?? Number.NaN;
    const finish = result.finish[i] ?? Number.NaN;
    const computed: Computed = {
      start: at(result.start, i),
      finish: at(result.finish, i),
      earlyStart: at(result.earlyStart, i),
      earlyFinish: at(result.earlyFinish, i),
      lateStart: at(result.lateStart, i),
      lateFinish: at(result.lateFinish, i),
      totalFloatMinutes: floatMinutes(result.totalFloat[i]),
      freeFloatMinutes: floatMinutes(result.freeFloat[i]),
      critical: result.critical[i] === 1,
      summary,
      durationMinutes:
        summary && projectCalendar && Number.isFinite(start) && Number.isFinite(finish)
          ? projectCalendar.between(start, finish)
          : row.durationMinutes,
    };
    return sameComputed(row, computed) ? row : { ...row, ...computed };
  });
  return { tasks, finish: texts.of(result.projectFinish) || null };
}
