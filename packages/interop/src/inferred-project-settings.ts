// What a reader assumes when its file holds no project settings (a CSV or XLSX task list) or only
// some (a Primavera XER export): MS Project's defaults, and a project start taken from the
// earliest date the tasks give.

import type { LocalDateTime } from "./document/local-date-time.js";
import type { DocumentSource, ProjectSettings } from "./document/project-document.js";
import type { CalendarUid } from "./document/record-uids.js";

/**
 * MS Project's settings for a new project: 8-hour days, 40-hour weeks, 20-day months, 08:00 to
 * 17:00, scheduled forward from `startDate`, constraints honoured, weeks from Monday.
 */
export function defaultProjectSettings(
  source: DocumentSource,
  startDate: LocalDateTime,
  defaultCalendarUid: CalendarUid | undefined,
): ProjectSettings {
  return {
    source,
    startDate,
    scheduleFrom: "start",
    defaultCalendarUid,
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    daysPerMonth: 20,
    criticalSlackLimitDays: 0,
    honorConstraints: true,
    multipleCriticalPaths: false,
    newTasksManual: false,
    defaultStartMinuteOfDay: 480,
    defaultFinishMinuteOfDay: 1020,
    weekStartDay: 1,
  };
}

/** The earliest of some dates (local date-times compare as text), or undefined when none is given. */
export function earliestDateTime(
  dates: Iterable<LocalDateTime | undefined>,
): LocalDateTime | undefined {
  let earliest: LocalDateTime | undefined;
  for (const date of dates)
    if (date !== undefined && (earliest === undefined || date < earliest)) earliest = date;
  return earliest;
}
