// The schedule impact of a change request: its plan operations applied to a copy of the plan
// and the copy scheduled by the engine, with nothing written and no engine state kept. The
// operations go through `applyOperations`, the very path `tasks:batch` takes, so what the impact
// shows is what approval will do to the plan as it stands.

import type { MovedTask, ScheduleImpact, TaskNamed } from "@orrery/contracts/change-requests";
import type { TaskBatchOperation } from "@orrery/contracts/plans";
import { DomainError } from "@orrery/core/errors/domain-error";
import { toScheduleInput } from "@orrery/interop/schedule-input";
import { WorkingTime } from "@orrery/scheduler/calendar/working-time";
import { dayOf, parseLocalMinute } from "@orrery/scheduler/time/local-minute";
import { documentOfPlan, type PlanState } from "../plans/plan-document.js";
import { applyOperations } from "../plans/plan-edits.js";
import { scheduleEdit } from "../plans/plan-engine.js";
import type { PlanKey } from "../plans/plan-store.js";

/** How many moved tasks and critical-path changes an impact lists; the count is complete. */
export const LISTED_TASKS = 20;

/** Field paths of a request's operations: `operations.2.patch.durationMinutes`. */
export function fieldInRequest(index: number, field: string): string {
  return `operations.${index}.${field}`;
}

/**
 * The engine's answer to `operations` on the plan `state`. Throws the domain refusal (naming
 * the operation) when they do not apply to it or the result cannot be scheduled.
 */
export function computeScheduleImpact(
  state: PlanState,
  key: PlanKey,
  operations: readonly TaskBatchOperation[],
  computedAt: Date,
): ScheduleImpact {
  const base = {
    planVersion: state.plan.version,
    computedAt: computedAt.toISOString(),
  };
  const edited = applyOperations(state, key, operations, fieldInRequest);
  // No kept engine state: a full schedule of the copy, and `commit` is never called.
  const scheduled = scheduleEdit(key, edited, undefined);
  const after = { tasks: scheduled.tasks, finish: scheduled.finish, created: edited.createdUids };
  const days = workingDaysBetween(state);
  const before = new Map(state.tasks.map((task) => [task.uid, task]));
  const moved: MovedTask[] = [];
  const becameCritical: TaskNamed[] = [];
  const leftCritical: TaskNamed[] = [];
  for (const task of after.tasks) {
    const was = before.get(task.uid);
    if (!was) continue;
    if (was.finish !== task.finish)
      moved.push({
        uid: task.uid,
        name: task.name,
        finishBefore: was.finish,
        finishAfter: task.finish,
        deltaWorkingDays: days(was.finish, task.finish) ?? 0,
      });
    if (!task.summary && task.critical && !was.critical)
      becameCritical.push({ uid: task.uid, name: task.name });
    if (!was.summary && was.critical && !task.critical)
      leftCritical.push({ uid: task.uid, name: task.name });
  }
  const kept = new Set(after.tasks.map((task) => task.uid));
  for (const was of state.tasks)
    if (!kept.has(was.uid) && was.critical && !was.summary)
      leftCritical.push({ uid: was.uid, name: was.name });
  moved.sort(
    (a, b) => Math.abs(b.deltaWorkingDays) - Math.abs(a.deltaWorkingDays) || a.uid - b.uid,
  );
  return {
    ...base,
    problem: null,
    finishBefore: state.plan.finish,
    finishAfter: after.finish,
    finishDeltaWorkingDays: days(state.plan.finish, after.finish),
    movedTasks: moved.slice(0, LISTED_TASKS),
    movedTaskCount: moved.length,
    addedTaskCount: after.created.size,
    becameCritical: becameCritical.slice(0, LISTED_TASKS),
    leftCritical: leftCritical.slice(0, LISTED_TASKS),
  };
}

/** The impact, or (when the operations no longer apply) the reason in its `problem`. */
export function impactOrProblem(
  state: PlanState,
  key: PlanKey,
  operations: readonly TaskBatchOperation[],
  computedAt: Date,
): ScheduleImpact {
  try {
    return computeScheduleImpact(state, key, operations, computedAt);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      planVersion: state.plan.version,
      computedAt: computedAt.toISOString(),
      problem: error.message,
      finishBefore: state.plan.finish,
      finishAfter: null,
      finishDeltaWorkingDays: null,
      movedTasks: [],
      movedTaskCount: 0,
      addedTaskCount: 0,
      becameCritical: [],
      leftCritical: [],
    };
  }
}

/**
 * Working days from one moment to another on the project calendar (negative when earlier), to a
 * tenth of a day of the plan's hours per day; null when either is unknown.
 */
function workingDaysBetween(
  state: PlanState,
): (from: string | null, to: string | null) => number | null {
  const { input } = toScheduleInput(documentOfPlan({ ...state, tasks: [], links: [] }));
  const minutesPerDay = state.plan.minutesPerDay > 0 ? state.plan.minutesPerDay : 480;
  return (fromText, toText) => {
    const from = fromText === null ? undefined : parseLocalMinute(fromText);
    const to = toText === null ? undefined : parseLocalMinute(toText);
    if (from === undefined || to === undefined) return null;
    if (from === to) return 0;
    const time = new WorkingTime(input.calendars, input.projectCalendar, dayOf(from));
    return Math.round((time.between(from, to) / minutesPerDay) * 10) / 10;
  };
}
