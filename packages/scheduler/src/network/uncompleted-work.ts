// MS Project's "reschedule uncompleted work to start after the status date" (Update Project),
// asked for with `scheduleRemainingFromStatusDate`. MS Project (2002 and later) then:
// - leaves finished tasks alone;
// - splits a task in progress: its completed part stays, its remaining work resumes after the
//   status date (applied where the remaining work is placed, forward-rules.ts);
// - gives an automatically scheduled task that has not started a Start No Earlier Than
//   constraint on the status date, so it and everything after it moves past that date;
// - leaves a task with a date constraint (MSO, SNET…) where the constraint holds it, and a manually
//   scheduled task on its typed dates.
// This file is the unstarted-task half, applied to the input so a compiled plan and an edited
// one see the same constraints.

import type { LocalMinute } from "../time/local-minute.js";
import type { ScheduleInput, TaskInput } from "./schedule-input.js";

/** The status date remaining work must follow, or undefined when not asked for. */
export function remainingWorkBound(input: ScheduleInput): LocalMinute | undefined {
  return input.scheduleRemainingFromStatusDate === true ? input.statusDate : undefined;
}

/** The input with every unstarted automatic task held after the status date, when asked. */
export function withUncompletedWorkRescheduled(input: ScheduleInput): ScheduleInput {
  const statusDate = remainingWorkBound(input);
  if (statusDate === undefined) return input;
  // A summary is a task with an active subtask (as the plan's outline counts it).
  const isSummary = new Uint8Array(input.tasks.length);
  for (const task of input.tasks)
    if (task.parent !== undefined && task.parent >= 0 && task.active !== false)
      isSummary[task.parent] = 1;
  const tasks = input.tasks.map((task, t) =>
    isSummary[t] === 1 ? task : rescheduledTask(task, statusDate),
  );
  return { ...input, tasks };
}

/** One detail task as Update Project leaves it: an SNET on the status date if it has not started. */
export function rescheduledTask(task: TaskInput, statusDate: LocalMinute): TaskInput {
  if (task.manual === true || task.active === false || task.actualStart !== undefined) return task;
  const type = task.constraint?.type ?? "ASAP";
  if (type !== "ASAP") return task;
  return { ...task, constraint: { type: "SNET", date: statusDate } };
}
