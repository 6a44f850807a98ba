// How long a task's work really takes when resource leveling delayed some of its assignments.
//
// MS Project's leveler can delay one assignment of a task and not the others (Assignment
// "Leveling Delay"); the task then runs from its start to its last assignment's finish, longer
// than the duration it stores. In `Aspose…CustomerFeedback` a 2-day task has two 1-day
// assignments, one on Tuesday and one delayed to Friday: MS Project shows the task from Tuesday
// to Friday, its successors wait for Friday, and its late dates span the four days. The delay
// is an input MS Project keeps on the assignment; files converted from .mpp by MPXJ do not carry
// it, but they carry each assignment's start and finish. The working time from the task's start
// to its last assignment's finish (the delay plus that assignment's work) is the span the task
// takes: as a duration it moves with the task when its predecessors move.

import type { CalendarSpec } from "@orrery/scheduler/calendar/calendar-spec";
import { WorkingTime } from "@orrery/scheduler/calendar/working-time";
import {
  type DayNumber,
  dayOf,
  parseLocalMinute,
  toWorkingMinutes,
  type WorkingMinutes,
} from "@orrery/scheduler/time/local-minute";
import type { AssignmentRecord, ProjectDocument, TaskRecord } from "./document/project-document.js";

/** Finds, per task, the working time from its start to its last assignment's finish. */
export class AssignmentSpans {
  private readonly assignmentsOfTask = new Map<number, AssignmentRecord[]>();
  private readonly workingTimes = new Map<number, WorkingTime>();

  constructor(
    document: ProjectDocument,
    private readonly calendars: readonly CalendarSpec[],
  ) {
    for (const assignment of document.assignments) {
      if (assignment.start === undefined || assignment.finish === undefined) continue;
      const list = this.assignmentsOfTask.get(assignment.taskUid);
      if (list === undefined) this.assignmentsOfTask.set(assignment.taskUid, [assignment]);
      else list.push(assignment);
    }
  }

  /**
   * The duration task `task` takes on calendar `calendar` (an index into the calendars): its
   * own, or longer when one of its assignments was delayed past it. Only automatically
   * scheduled, unstarted, non-summary tasks with working-time durations are concerned: the
   * others keep typed or actual dates, or span their subtasks.
   */
  durationOf(task: TaskRecord, calendar: number): WorkingMinutes {
    const own = toWorkingMinutes(task.durationMinutes);
    const assignments = this.assignmentsOfTask.get(task.uid);
    if (
      assignments === undefined ||
      task.summary ||
      task.manual ||
      task.milestone ||
      task.durationMinutes <= 0 ||
      task.durationFormat?.elapsed === true ||
      task.actualStart !== undefined ||
      task.start === undefined
    )
      return own;
    const start = parseLocalMinute(task.start);
    if (start === undefined) return own;
    let lastFinish = Number.NEGATIVE_INFINITY;
    for (const assignment of assignments) {
      const finish = parseLocalMinute(assignment.finish ?? "");
      if (finish !== undefined && finish > lastFinish) lastFinish = finish;
    }
    if (!(lastFinish > start)) return own;
    const span = this.workingTimeOf(calendar, dayOf(start)).between(start, lastFinish);
    return span > own ? toWorkingMinutes(span) : own;
  }

  private workingTimeOf(calendar: number, around: DayNumber): WorkingTime {
    let workingTime = this.workingTimes.get(calendar);
    if (workingTime === undefined) {
      workingTime = new WorkingTime(this.calendars, calendar, around);
      this.workingTimes.set(calendar, workingTime);
    }
    return workingTime;
  }
}
