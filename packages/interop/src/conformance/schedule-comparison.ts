// Compares our schedule of a file with MS Project's, task by task and field by field.

import type { ScheduleReport, TaskScheduleReport } from "../schedule-report.js";
import type { ExpectedSchedule, ExpectedTask } from "./expected-schedule.js";

/** The fields compared; a task is exact when all of them that MS Project stored are equal. */
export const COMPARED_FIELDS = [
  "start",
  "finish",
  "earlyStart",
  "earlyFinish",
  "lateStart",
  "lateFinish",
  "totalFloatMinutes",
  "freeFloatMinutes",
  "critical",
] as const;

/** One compared field's name. */
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One field that differs. */
export interface FieldDifference {
  readonly uid: number;
  readonly name: string;
  readonly field: ComparedField;
  readonly expected: string | number | boolean;
  readonly actual: string | number | boolean | undefined;
}

/** How one file compares. */
export interface FileComparison {
  readonly tasks: number;
  /** Tasks with every stored field equal. */
  readonly exactTasks: number;
  /** Tasks with start and finish equal. */
  readonly datesExactTasks: number;
  readonly differences: readonly FieldDifference[];
  /** Differences counted by field. */
  readonly differencesByField: Readonly<Record<ComparedField, number>>;
}

function equalValues(
  expected: string | number | boolean,
  actual: string | number | boolean | undefined,
): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(expected - actual) < 0.05;
  return expected === actual;
}

/** Compares every expected task with the report's task of the same UID. */
export function compareSchedules(
  expected: ExpectedSchedule,
  report: ScheduleReport,
): FileComparison {
  const byUid = new Map<number, TaskScheduleReport>(report.tasks.map((task) => [task.uid, task]));
  const differences: FieldDifference[] = [];
  const differencesByField: Record<ComparedField, number> = {
    start: 0,
    finish: 0,
    earlyStart: 0,
    earlyFinish: 0,
    lateStart: 0,
    lateFinish: 0,
    totalFloatMinutes: 0,
    freeFloatMinutes: 0,
    critical: 0,
  };
  let exactTasks = 0;
  let datesExactTasks = 0;
  for (const task of expected.tasks) {
    const actual = byUid.get(task.uid);
    let exact = true;
    let datesExact = true;
    for (const field of COMPARED_FIELDS) {
      const want = expectedValue(task, field);
      if (want === null) continue;
      const got = actual?.[field];
      if (equalValues(want, got)) continue;
      exact = false;
      if (field === "start" || field === "finish") datesExact = false;
      differencesByField[field]++;
      differences.push({ uid: task.uid, name: task.name, field, expected: want, actual: got });
    }
    if (exact) exactTasks++;
    if (datesExact) datesExactTasks++;
  }
  return {
    tasks: expected.tasks.length,
    exactTasks,
    datesExactTasks,
    differences,
    differencesByField,
  };
}

function expectedValue(task: ExpectedTask, field: ComparedField): string | number | boolean | null {
  return task[field];
}
