import { isLate } from "./late-task.js";

// My work's sections: what is overdue, due this week, next week or later, and what was done
// recently. Weeks run Monday to Sunday (ISO 8601), counted from the viewer's today.

export const WORK_DUE_GROUPS = [
  "overdue",
  "thisWeek",
  "nextWeek",
  "later",
  "doneRecently",
] as const;
export type WorkDueGroup = (typeof WORK_DUE_GROUPS)[number];

export interface DueWork {
  readonly percentComplete: number;
  /** Wall-clock `YYYY-MM-DDTHH:MM:SS`. */
  readonly finish: string;
  /** True when the task is late against its plan's status date (or today). */
  readonly late: boolean;
}

/** `YYYY-MM-DD` of the Monday `weeks` weeks after the week of `today` (a `YYYY-MM-DD`). */
export function mondayAfter(today: string, weeks: number): string {
  const day = new Date(`${today}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday + 7 * weeks);
  return day.toISOString().slice(0, 10);
}

/** The section a task goes in, seen on `today` (`YYYY-MM-DD`). */
export function workDueGroupOf(task: DueWork, today: string): WorkDueGroup {
  if (task.percentComplete >= 100) return "doneRecently";
  if (task.late || isLate(task, `${today}T00:00:00`)) return "overdue";
  const day = task.finish.slice(0, 10);
  if (day < mondayAfter(today, 1)) return "thisWeek";
  if (day < mondayAfter(today, 2)) return "nextWeek";
  return "later";
}

/** Tasks by section, each keeping the order it came in (the API's: due soonest first). */
export function groupWorkByDue<T extends DueWork>(
  tasks: readonly T[],
  today: string,
): Record<WorkDueGroup, T[]> {
  const groups: Record<WorkDueGroup, T[]> = {
    overdue: [],
    thisWeek: [],
    nextWeek: [],
    later: [],
    doneRecently: [],
  };
  for (const task of tasks) groups[workDueGroupOf(task, today)].push(task);
  return groups;
}
