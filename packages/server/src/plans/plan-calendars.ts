// The calendar the engine schedules each task on, found through the same document mapping the
// engine's input comes from, so working time counted here is the engine's working time.

import { toScheduleInput } from "@orrery/interop/schedule-input";
import { WorkingTime } from "@orrery/scheduler/calendar/working-time";
import { dayOf } from "@orrery/scheduler/time/local-minute";
import { documentOfPlan, type PlanState } from "./plan-document.js";

/** Each task's calendar by UID, and the project calendar (for the plan's finish). */
export interface PlanCalendars {
  readonly ofTask: (uid: number) => WorkingTime;
  readonly project: WorkingTime;
}

/** The plan's compiled calendars; each is compiled the first time a task asks for it. */
export function planCalendars(state: PlanState): PlanCalendars {
  const { input, documentIndex } = toScheduleInput(documentOfPlan(state));
  const around = dayOf(input.projectStart);
  const compiled = new Map<number, WorkingTime>();
  const calendarAt = (index: number) => {
    let calendar = compiled.get(index);
    if (calendar === undefined) {
      calendar = new WorkingTime(input.calendars, index, around);
      compiled.set(index, calendar);
    }
    return calendar;
  };
  const calendarOfUid = new Map<number, number>();
  documentIndex.forEach((row, engineIndex) => {
    const uid = state.tasks[row]?.uid;
    const calendar = input.tasks[engineIndex]?.calendar;
    if (uid !== undefined && calendar !== undefined) calendarOfUid.set(uid, calendar);
  });
  return {
    ofTask: (uid) => calendarAt(calendarOfUid.get(uid) ?? input.projectCalendar),
    project: calendarAt(input.projectCalendar),
  };
}
