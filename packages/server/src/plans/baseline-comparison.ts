// Two snapshots of a plan side by side: any two baselines, or a baseline and the schedule as it
// is now. Variances are the engine's working time on each task's calendar (taskVariance), so
// a finish that moved over a weekend moved by one working day, as MS Project reports it.

import type { BaselineComparison, BaselineSide, TaskComparison } from "@orrery/contracts/plans";
import { type DatedTask, taskVariance } from "@orrery/scheduler/baseline/baselines";
import { parseLocalMinute } from "@orrery/scheduler/time/local-minute";
import type { PlanCalendars } from "./plan-calendars.js";
import type { TaskRow } from "./plan-store.js";

/** A task's dates on one side, as stored (a baseline row or a task row). */
export interface SnapshotDates {
  readonly start: string | null;
  readonly finish: string | null;
  readonly durationMinutes: number | null;
}

/** One side of the comparison: what it is, and its dates by task UID. */
export interface Snapshot {
  readonly side: BaselineSide;
  readonly dates: ReadonlyMap<number, SnapshotDates>;
}

function datedOf(dates: SnapshotDates): DatedTask | null {
  const start = dates.start === null ? undefined : parseLocalMinute(dates.start);
  const finish = dates.finish === null ? undefined : parseLocalMinute(dates.finish);
  if (start === undefined || finish === undefined || dates.durationMinutes === null) return null;
  return { start, finish, duration: dates.durationMinutes };
}

/** Only the compared fields (a task row carries many more). */
function datesOf({ start, finish, durationMinutes }: SnapshotDates): SnapshotDates {
  return { start, finish, durationMinutes };
}

/** The latest finish among a snapshot's tasks (the project's finish on that side). */
function latestFinish(dates: ReadonlyMap<number, SnapshotDates>): string | null {
  let latest: string | null = null;
  for (const { finish } of dates.values())
    if (finish !== null && (latest === null || finish > latest)) latest = finish;
  return latest;
}

/**
 * Compares `a` with `b` for every task either side holds, in outline order (a task's baseline
 * rows go when it is deleted). `b` minus `a`, so a positive variance means `b` is later.
 */
export function compareSnapshots(
  tasks: readonly TaskRow[],
  calendars: PlanCalendars,
  a: Snapshot,
  b: Snapshot,
): BaselineComparison {
  let slippedCount = 0;
  let improvedCount = 0;
  const items = tasks.flatMap((task, index): TaskComparison[] => {
    const was = a.dates.get(task.uid) ?? null;
    const is = b.dates.get(task.uid) ?? null;
    if (was === null && is === null) return [];
    const from = was === null ? null : datedOf(was);
    const to = is === null ? null : datedOf(is);
    const variance = from && to ? taskVariance(calendars.ofTask(task.uid), from, to) : null;
    if (variance && !task.summary && variance.finish > 0) slippedCount++;
    if (variance && !task.summary && variance.finish < 0) improvedCount++;
    return [
      {
        taskUid: task.uid,
        name: task.name,
        position: index + 1,
        summary: task.summary,
        a: was && datesOf(was),
        b: is && datesOf(is),
        startVarianceMinutes: variance?.start ?? null,
        finishVarianceMinutes: variance?.finish ?? null,
        durationVarianceMinutes: variance?.duration ?? null,
      },
    ];
  });
  const finishA = latestFinish(a.dates);
  const finishB = latestFinish(b.dates);
  const projectA = finishA === null ? undefined : parseLocalMinute(finishA);
  const projectB = finishB === null ? undefined : parseLocalMinute(finishB);
  return {
    a: a.side,
    b: b.side,
    finishA,
    finishB,
    finishVarianceMinutes:
      projectA === undefined || projectB === undefined
        ? null
        : calendars.project.between(projectA, projectB),
    slippedCount,
    improvedCount,
    items,
  };
}
