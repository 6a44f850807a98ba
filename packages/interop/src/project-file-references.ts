// Checks that every reference scheduling depends on points at something: links at tasks, tasks
// at calendars, assignments at tasks and resources, derived calendars at their base. A file whose
// references dangle is refused with the first one named, rather than loaded with links silently
// dropped. A dangling reference MS Project itself writes is let through, because nothing depends
// on it: its placeholder resource (UID 0) names a calendar that does not exist. (The
// BaseCalendarUID 0 that MS Project 2016+ gives base calendars never reaches here: the MSPDI
// reader gives a base calendar no base.)

import type { ProjectDocument } from "./document/project-document.js";
import { ProjectFileError } from "./document/project-file-error.js";
import { UidIndex } from "./document/uid-index.js";

/** The first dangling reference in the document, or undefined when all resolve. */
export function findBrokenReference(
  document: ProjectDocument,
  file: string,
): ProjectFileError | undefined {
  const broken = (element: string, field: string, problem: string) =>
    new ProjectFileError(
      "unknown-reference",
      problem,
      { file, element: `${element}/${field}` },
      field,
    );
  const taskUids = UidIndex.sizedFor(document.tasks.map((task) => task.uid));
  let position = 0;
  for (const task of document.tasks) {
    if (!taskUids.add(task.uid, position++)) {
      return new ProjectFileError(
        "invalid-value",
        `task UID ${task.uid} is used by two tasks`,
        { file, element: `Tasks/Task[UID=${task.uid}]/UID` },
        "UID",
      );
    }
  }
  const calendarUids = new Set<number>(document.calendars.map((calendar) => calendar.uid));
  const resourceUids = new Set<number>(document.resources.map((resource) => resource.uid));
  const { defaultCalendarUid } = document.settings;
  if (defaultCalendarUid !== undefined && !calendarUids.has(defaultCalendarUid)) {
    return broken(
      "Project",
      "CalendarUID",
      `the project calendar ${defaultCalendarUid} is not defined`,
    );
  }
  for (const calendar of document.calendars) {
    if (calendar.isBaseCalendar) continue;
    if (calendar.baseCalendarUid !== undefined && !calendarUids.has(calendar.baseCalendarUid)) {
      return broken(
        `Calendars/Calendar[UID=${calendar.uid}]`,
        "BaseCalendarUID",
        `base calendar ${calendar.baseCalendarUid} is not defined`,
      );
    }
  }
  for (const task of document.tasks) {
    if (task.calendarUid !== undefined && !calendarUids.has(task.calendarUid)) {
      return broken(
        `Tasks/Task[UID=${task.uid}]`,
        "CalendarUID",
        `calendar ${task.calendarUid} is not defined`,
      );
    }
  }
  for (const link of document.links) {
    if (link.crossProject === true) continue;
    if (!taskUids.has(link.predecessorUid)) {
      return broken(
        `Tasks/Task[UID=${link.successorUid}]/PredecessorLink`,
        "PredecessorUID",
        `task ${link.predecessorUid} does not exist`,
      );
    }
    if (!taskUids.has(link.successorUid)) {
      return broken(
        `Tasks/Task[UID=${link.successorUid}]`,
        "UID",
        `a link leads into task ${link.successorUid}, which does not exist`,
      );
    }
  }
  for (const assignment of document.assignments) {
    if (!taskUids.has(assignment.taskUid)) {
      return broken(
        `Assignments/Assignment[UID=${assignment.uid}]`,
        "TaskUID",
        `task ${assignment.taskUid} does not exist`,
      );
    }
    if (assignment.resourceUid !== undefined && !resourceUids.has(assignment.resourceUid)) {
      return broken(
        `Assignments/Assignment[UID=${assignment.uid}]`,
        "ResourceUID",
        `resource ${assignment.resourceUid} does not exist`,
      );
    }
  }
  return undefined;
}
