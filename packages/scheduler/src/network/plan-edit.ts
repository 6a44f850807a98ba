// One edit to a compiled plan, producing a new plan that shares everything the edit leaves
// alone: an edit to a task's own data copies only the arrays it changes; a link edit changes the
// network, so the structure is rebuilt (the calendars' working-time indexes are reused).

import type { LocalMinute, WorkingMinutes } from "../time/local-minute.js";
import { CONSTRAINT_CODES } from "./schedule-codes.js";
import type { LinkInput, ScheduleInput, TaskConstraint, TaskInput } from "./schedule-input.js";
import { compilePlan, type PlanProblem, planOf, type SchedulePlan } from "./schedule-plan.js";
import { kindOf, percentLag, type TaskTable } from "./task-table.js";
import { remainingWorkBound } from "./uncompleted-work.js";

/** An edit the server can apply to a compiled plan. Tasks and links are input indexes. */
export type ScheduleEdit =
  | { readonly kind: "duration"; readonly task: number; readonly duration: WorkingMinutes }
  | { readonly kind: "constraint"; readonly task: number; readonly constraint: TaskConstraint }
  | { readonly kind: "deadline"; readonly task: number; readonly deadline: LocalMinute | undefined }
  | {
      readonly kind: "progress";
      readonly task: number;
      readonly actualStart: LocalMinute | undefined;
      readonly actualFinish: LocalMinute | undefined;
      readonly actualDuration: WorkingMinutes | undefined;
      readonly percentComplete: number;
    }
  | { readonly kind: "addLink"; readonly link: LinkInput }
  | { readonly kind: "removeLink"; readonly link: number };

/**
 * The edited plan and where rescheduling starts: the tasks whose own data changed (`seeds`), and
 * whether the network itself changed (`relinked`: links added or removed).
 */
export type EditedPlan =
  | {
      readonly ok: true;
      readonly plan: SchedulePlan;
      readonly seeds: readonly number[];
      readonly relinked: boolean;
    }
  | PlanProblem;

/** Applies one edit; a link that would close a loop is refused with the cycle named. */
export function editPlan(plan: SchedulePlan, edit: ScheduleEdit): EditedPlan {
  switch (edit.kind) {
    case "addLink":
    case "removeLink": {
      const links =
        edit.kind === "addLink"
          ? [...plan.input.links, edit.link]
          : plan.input.links.filter((_, i) => i !== edit.link);
      const removed = edit.kind === "removeLink" ? plan.input.links[edit.link] : undefined;
      const touched = edit.kind === "addLink" ? edit.link : removed;
      const compiled = compilePlan({ ...plan.input, links }, plan.calendars);
      if (!compiled.ok) return compiled;
      return {
        ok: true,
        plan: compiled.plan,
        seeds: touched === undefined ? [] : [touched.from, touched.to],
        relinked: true,
      };
    }
    default: {
      const task = plan.input.tasks[edit.task];
      if (task === undefined) {
        return {
          ok: false,
          reason: "invalid-input",
          message: `no task at index ${edit.task}`,
          tasks: [],
        };
      }
      const changed = editedTask(task, edit);
      const tasks = plan.input.tasks.slice();
      tasks[edit.task] = changed;
      const input: ScheduleInput = { ...plan.input, tasks };
      if (
        (edit.kind === "constraint" || edit.kind === "progress") &&
        remainingWorkBound(plan.input) !== undefined
      ) {
        // Whether the task is held after the status date depends on its progress and
        // constraint: compiling again applies that rule as a full schedule would.
        const compiled = compilePlan(input, plan.calendars);
        if (!compiled.ok) return compiled;
        return { ok: true, plan: compiled.plan, seeds: [edit.task], relinked: false };
      }
      const edited = editedTable(plan, edit);
      const kind = edited.kind.slice();
      kind[edit.task] = kindOf(
        changed,
        plan.active[edit.task] === 1,
        plan.summary[edit.task] === 1,
      );
      const table = { ...edited, kind };
      return { ok: true, plan: planOf(plan, input, table), seeds: [edit.task], relinked: false };
    }
  }
}

type TaskEdit = Exclude<ScheduleEdit, { kind: "addLink" } | { kind: "removeLink" }>;

function editedTask(task: TaskInput, edit: TaskEdit): TaskInput {
  switch (edit.kind) {
    case "duration":
      return { ...task, duration: edit.duration };
    case "constraint":
      return { ...task, constraint: edit.constraint };
    case "deadline":
      return { ...task, deadline: edit.deadline };
    case "progress":
      return {
        ...task,
        actualStart: edit.actualStart,
        actualFinish: edit.actualFinish,
        actualDuration: edit.actualDuration,
        percentComplete: edit.percentComplete,
      };
  }
}

/**
 * A copy of `array` with entry `index` set to `value`. An optional array that is still empty
 * (no task had the value) becomes a full one, NaN everywhere else.
 */
function withValue(
  array: Float64Array,
  length: number,
  index: number,
  value: number,
): Float64Array {
  const copy = array.length === length ? array.slice() : new Float64Array(length).fill(Number.NaN);
  copy[index] = value;
  return copy;
}

/** A copy of `array` with one entry replaced. */
function withCode(array: Uint8Array, index: number, value: number): Uint8Array {
  const copy = array.slice();
  copy[index] = value;
  return copy;
}

function editedTable(plan: SchedulePlan, edit: TaskEdit): TaskTable {
  const table = plan.table;
  const n = plan.taskCount;
  const t = edit.task;
  switch (edit.kind) {
    case "duration": {
      const duration = withValue(table.duration, n, t, edit.duration);
      const milestone = withCode(table.milestone, t, edit.duration === 0 ? 1 : 0);
      // Percent lags out of the task follow its new duration.
      let lag = table.lag;
      let outLag = table.outLag;
      for (let e = plan.outOffsets[t] ?? 0, end = plan.outOffsets[t + 1] ?? 0; e < end; e++) {
        const l = plan.outLinks[e] ?? 0;
        const percent = table.lagPercent[l] ?? Number.NaN;
        if (Number.isNaN(percent)) continue;
        if (lag === table.lag) {
          lag = table.lag.slice();
          outLag = table.outLag.slice();
        }
        lag[l] = percentLag(percent, edit.duration);
        outLag[e] = lag[l] ?? 0;
      }
      return { ...table, duration, milestone, lag, outLag };
    }
    case "constraint":
      return {
        ...table,
        features: {
          ...table.features,
          lateAsPossible: table.features.lateAsPossible || edit.constraint.type === "ALAP",
        },
        constraintType: withCode(table.constraintType, t, CONSTRAINT_CODES[edit.constraint.type]),
        constraintDate: withValue(table.constraintDate, n, t, edit.constraint.date ?? Number.NaN),
      };
    case "deadline":
      return { ...table, deadline: withValue(table.deadline, n, t, edit.deadline ?? Number.NaN) };
    case "progress":
      return {
        ...table,
        features: {
          ...table.features,
          progress: table.features.progress || edit.actualStart !== undefined,
        },
        actualStart: withValue(table.actualStart, n, t, edit.actualStart ?? Number.NaN),
        actualFinish: withValue(table.actualFinish, n, t, edit.actualFinish ?? Number.NaN),
        actualDuration: withValue(table.actualDuration, n, t, edit.actualDuration ?? Number.NaN),
      };
  }
}
