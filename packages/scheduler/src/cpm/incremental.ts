// Applies one edit to a scheduled plan and reschedules only what the edit can reach (see
// reschedule.ts), either keeping the previous result (applyEdit) or taking over its arrays
// (applyEditInPlace). The result equals a full schedule of the edited plan (a property test
// checks this on random networks with every kind of task and edit).

import { CalendarRangeError } from "../calendar/working-time.js";
import { editPlan, type ScheduleEdit } from "../network/plan-edit.js";
import { ALAP, KIND_MANUAL } from "../network/schedule-codes.js";
import type { PlanProblem, SchedulePlan } from "../network/schedule-plan.js";

import { previousArrays, reschedule } from "./reschedule.js";
import { type ScheduleFailure, type ScheduleResult, schedulePlan } from "./schedule.js";

/** The edited plan and its schedule. */
export interface EditedSchedule {
  readonly ok: true;
  readonly plan: SchedulePlan;
  readonly result: ScheduleResult;
}

/**
 * Applies `edit` to `plan` (scheduled as `result`) and reschedules incrementally. Pure: `plan`
 * and `result` stay as they were (the new result's arrays are copies).
 */
export function applyEdit(
  plan: SchedulePlan,
  result: ScheduleResult,
  edit: ScheduleEdit,
): EditedSchedule | PlanProblem | ScheduleFailure {
  return editAndReschedule(plan, result, edit, false);
}

/**
 * Applies `edit` like applyEdit, but the new result takes over `result`'s arrays instead of
 * copying them, so an edit costs what it reaches, not a copy of every per-task array: for a
 * server that keeps one schedule per plan. `result` must not be read afterwards, nor after a
 * failed outcome (then schedule the plan afresh). `plan` is left as it was.
 */
export function applyEditInPlace(
  plan: SchedulePlan,
  result: ScheduleResult,
  edit: ScheduleEdit,
): EditedSchedule | PlanProblem | ScheduleFailure {
  return editAndReschedule(plan, result, edit, true);
}

function editAndReschedule(
  plan: SchedulePlan,
  result: ScheduleResult,
  edit: ScheduleEdit,
  takeOver: boolean,
): EditedSchedule | PlanProblem | ScheduleFailure {
  const edited = editPlan(plan, edit);
  if (!edited.ok) return edited;
  const next = edited.plan;
  const needsFullPass =
    result.passState.pinned || next.input.scheduleFrom === "finish" || pinsLateTasks(next);
  try {
    const rescheduled = needsFullPass
      ? schedulePlan(next)
      : reschedule(next, result, edited.seeds, previousArrays(next, result, takeOver));
    if (!rescheduled.ok) return rescheduled;
    return { ok: true, plan: next, result: rescheduled };
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      return { ok: false, reason: "no-working-time", message: error.message, tasks: [] };
    }
    throw error;
  }
}

/**
 * True when a full schedule of the plan would pin as-late-as-possible tasks in a second pass
 * (an automatic, not started detail task with that constraint): every date may then move.
 */
function pinsLateTasks(plan: SchedulePlan): boolean {
  const table = plan.table;
  if (!table.constraintType.includes(ALAP)) return false;
  for (let t = 0; t < plan.taskCount; t++) {
    if (table.constraintType[t] !== ALAP || plan.active[t] !== 1 || plan.summary[t] === 1) continue;
    if (((table.kind[t] ?? 0) & KIND_MANUAL) !== 0) continue;
    if (!Number.isNaN(table.actualStart[t] ?? Number.NaN)) continue;
    return true;
  }
  return false;
}
