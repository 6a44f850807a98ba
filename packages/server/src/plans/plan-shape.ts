import type { Calendar } from "@orrery/contracts/calendars";
import { CalendarException, WeekDay, WorkWeek } from "@orrery/contracts/calendars";
import type { Link, Plan, Task, TaskSchedule } from "@orrery/contracts/plans";
import { outlineNumbers } from "@orrery/core/plans/outline";
import { z } from "zod";
import { constraintTypeOf, durationUnitOf } from "./plan-document.js";
import type { CalendarRow, LinkRow, PlanRow, TaskRow } from "./plan-store.js";

// Rows as API resources. A task's `wbs` is its own code when it has one (typed or imported),
// otherwise its outline number, as MS Project shows it.

export function toTask(row: TaskRow, outlineNumber: string): Task {
  return {
    uid: row.uid,
    position: row.position,
    name: row.name,
    outlineLevel: row.outlineLevel,
    wbs: row.wbs ?? outlineNumber,
    durationMinutes: row.durationMinutes,
    durationUnit: durationUnitOf(row.durationUnit),
    durationElapsed: row.durationElapsed,
    durationEstimated: row.durationEstimated,
    schedulingMode: row.manual ? "manual" : "auto",
    manualStart: row.manualStart,
    manualFinish: row.manualFinish,
    constraintType: constraintTypeOf(row.constraintType),
    constraintDate: row.constraintDate,
    deadline: row.deadline,
    calendarUid: row.calendarUid,
    milestone: row.milestone,
    active: row.active,
    percentComplete: row.percentComplete,
    actualStart: row.actualStart,
    actualFinish: row.actualFinish,
    remainingDurationMinutes: row.remainingDurationMinutes,
    notes: row.notes,
    sourceUid: row.sourceUid,
    version: row.version,
    ...computedOf(row),
  };
}

/** A row's computed values: the engine's results stored with it. */
export function computedOf(row: TaskRow): Omit<TaskSchedule, "uid"> {
  return {
    start: row.start,
    finish: row.finish,
    earlyStart: row.earlyStart,
    earlyFinish: row.earlyFinish,
    lateStart: row.lateStart,
    lateFinish: row.lateFinish,
    totalFloatMinutes: row.totalFloatMinutes,
    freeFloatMinutes: row.freeFloatMinutes,
    critical: row.critical,
    summary: row.summary,
  };
}

/** A row's computed values, for a task the reschedule moved. */
export function toTaskSchedule(row: TaskRow): TaskSchedule {
  return { uid: row.uid, ...computedOf(row) };
}

/** Every row as a task, in outline order. */
export function toTasks(rows: readonly TaskRow[]): Task[] {
  const numbers = outlineNumbers(rows.map((row) => row.outlineLevel));
  return rows.map((row, i) => toTask(row, numbers[i] ?? ""));
}

export function toPlan(row: PlanRow, taskCount: number): Plan {
  return {
    projectId: row.projectId,
    start: row.start,
    finish: row.finish,
    statusDate: row.statusDate,
    calendarUid: row.calendarUid,
    minutesPerDay: row.minutesPerDay,
    minutesPerWeek: row.minutesPerWeek,
    honorConstraints: row.honorConstraints,
    weekStartDay: row.weekStartDay,
    taskCount,
    version: row.version,
  };
}

export function toLink(row: LinkRow): Link {
  const type = row.type === "SS" || row.type === "FF" || row.type === "SF" ? row.type : "FS";
  return {
    id: row.id,
    predecessorUid: row.predecessorUid,
    successorUid: row.successorUid,
    type,
    lag:
      row.lagPercent !== null
        ? { kind: "percent", percent: row.lagPercent, elapsed: row.lagElapsed }
        : {
            kind: "time",
            minutes: row.lagMinutes ?? 0,
            unit: durationUnitOf(row.lagUnit),
            elapsed: row.lagElapsed,
          },
    version: row.version,
  };
}

export function toCalendar(row: CalendarRow, projectCalendarUid: number | null): Calendar {
  return {
    uid: row.uid,
    name: row.name,
    baseCalendarUid: row.baseUid,
    isBaseCalendar: row.isBase,
    isProjectCalendar: row.uid === projectCalendarUid,
    weekDays: z.array(WeekDay).parse(row.weekDays),
    exceptions: z.array(CalendarException).parse(row.exceptions),
    workWeeks: z.array(WorkWeek).parse(row.workWeeks),
    version: row.version,
  };
}
