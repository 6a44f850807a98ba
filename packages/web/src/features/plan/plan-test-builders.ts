import { NEW_TASK_VALUES, type Plan, type Task } from "@orrery/contracts/plans";

/** A scheduled task as the server lists it (Build, two days from Wednesday 3 March 2027). */
export function buildTask(fields: Partial<Task> = {}): Task {
  return {
    ...NEW_TASK_VALUES,
    uid: 2,
    position: 2,
    name: "Build",
    wbs: "2",
    durationMinutes: 960,
    sourceUid: null,
    version: 1,
    start: "2027-03-03T08:00:00",
    finish: "2027-03-04T17:00:00",
    earlyStart: null,
    earlyFinish: null,
    lateStart: null,
    lateFinish: null,
    totalFloatMinutes: 0,
    freeFloatMinutes: 0,
    critical: true,
    summary: false,
    ...fields,
  };
}

/** A plan's settings as the server lists them (starting Monday 1 March 2027, version 3). */
export function buildPlan(fields: Partial<Plan> = {}): Plan {
  return {
    projectId: "5f0c6a52-7d43-4b4e-9a59-0f8d5d1f2b11",
    start: "2027-03-01T08:00:00",
    finish: null,
    statusDate: null,
    calendarUid: 1,
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    honorConstraints: true,
    weekStartDay: 0,
    taskCount: 4,
    version: 3,
    ...fields,
  };
}
