// Which calendar the engine schedules each task on.
//
// MS Project schedules a task's work on its resources' calendars:
// - a task without a calendar of its own whose work resources all share one calendar works on
//   that calendar; with resources on different calendars the engine keeps the project calendar
//   (each assignment would need its own timeline, which the engine does not model). A resource
//   calendar that defines nothing of its own (MS Project makes one per resource) is its base
//   calendar: resources on such calendars share their base's;
// - a task with a calendar of its own and resources works only when both calendars work (their
//   intersection), unless the task is set to ignore resource calendars ("Scheduling ignores
//   resource calendars", MSPDI `IgnoreResourceCalendar`). In `Aspose…OzBuild_16_Orig` two tasks
//   on a six-day calendar, done by resources on the five-day Standard calendar, get no Saturday
//   work in MS Project's late dates.

import type { CalendarSpec } from "@orrery/scheduler/calendar/calendar-spec";
import type {
  CalendarDefinition,
  ProjectDocument,
  TaskRecord,
} from "./document/project-document.js";
import type { CalendarUid } from "./document/record-uids.js";

export class TaskCalendars {
  private readonly resourceCalendarOfTask: Map<number, CalendarUid>;
  /** Intersection calendars made so far, by "task calendar index/resource calendar index". */
  private readonly intersections = new Map<string, number>();

  /**
   * `calendars` are the engine's calendar specs (intersections are appended to it);
   * `calendarIndex` gives a document calendar's index among them.
   */
  constructor(
    document: ProjectDocument,
    private readonly calendars: CalendarSpec[],
    private readonly calendarIndex: ReadonlyMap<CalendarUid, number>,
  ) {
    this.resourceCalendarOfTask = resourceCalendarsByTask(document);
  }

  /** The engine calendar index for `task`; undefined for the project calendar. */
  calendarOf(task: TaskRecord): number | undefined {
    const resourceUid = this.resourceCalendarOfTask.get(task.uid);
    const resource = resourceUid === undefined ? undefined : this.calendarIndex.get(resourceUid);
    const own =
      task.calendarUid === undefined ? undefined : this.calendarIndex.get(task.calendarUid);
    if (own === undefined) return resource;
    if (resource === undefined || resource === own || task.ignoreResourceCalendar === true)
      return own;
    return this.intersectionOf(own, resource);
  }

  private intersectionOf(own: number, resource: number): number {
    const key = `${own}/${resource}`;
    let index = this.intersections.get(key);
    if (index === undefined) {
      index = this.calendars.length;
      this.calendars.push({
        name: `${this.calendars[own]?.name ?? own} ∩ ${this.calendars[resource]?.name ?? resource}`,
        week: [],
        exceptions: [],
        workWeeks: [],
        intersectionOf: [own, resource],
      });
      this.intersections.set(key, index);
    }
    return index;
  }
}

/** The one calendar shared by all of each task's work resources, where they share one. */
function resourceCalendarsByTask(document: ProjectDocument): Map<number, CalendarUid> {
  const calendarByUid = new Map(document.calendars.map((calendar) => [calendar.uid, calendar]));
  const calendarOfResource = new Map<number, CalendarUid | undefined>();
  for (const resource of document.resources) {
    if (resource.type === "work" && !resource.isNull)
      calendarOfResource.set(resource.uid, effectiveCalendar(resource.calendarUid, calendarByUid));
  }
  const candidates = new Map<number, Set<CalendarUid | undefined>>();
  for (const assignment of document.assignments) {
    if (assignment.resourceUid === undefined || !calendarOfResource.has(assignment.resourceUid))
      continue;
    const set = candidates.get(assignment.taskUid) ?? new Set<CalendarUid | undefined>();
    set.add(calendarOfResource.get(assignment.resourceUid));
    candidates.set(assignment.taskUid, set);
  }
  const result = new Map<number, CalendarUid>();
  for (const [taskUid, calendars] of candidates) {
    const [only] = [...calendars];
    if (calendars.size === 1 && only !== undefined) result.set(taskUid, only);
  }
  return result;
}

/** The calendar `uid` works as: its base, through every calendar that adds nothing to its base. */
function effectiveCalendar(
  uid: CalendarUid | undefined,
  calendarByUid: ReadonlyMap<CalendarUid, CalendarDefinition>,
): CalendarUid | undefined {
  const seen = new Set<CalendarUid>();
  let current = uid;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const calendar = calendarByUid.get(current);
    const base = calendar?.baseCalendarUid;
    if (calendar === undefined || base === undefined || !calendarByUid.has(base)) return current;
    const addsNothing =
      calendar.weekDays.length === 0 &&
      calendar.exceptions.length === 0 &&
      calendar.workWeeks.length === 0;
    if (!addsNothing) return current;
    current = base;
  }
  return current;
}
