// MS Project's three base calendars, which a task list (which has no calendar definitions) can
// name in its Calendar column: Standard, 24 Hours and Night Shift, as MS Project defines them.

import type {
  CalendarDefinition,
  DayOfWeek,
  WorkingTimeRange,
} from "../document/project-document.js";
import { type CalendarUid, toCalendarUid } from "../document/record-uids.js";

const range = (fromHour: number, toHour: number): WorkingTimeRange => ({
  fromMinuteOfDay: fromHour * 60,
  toMinuteOfDay: toHour * 60,
});

const DAYS: readonly DayOfWeek[] = [0, 1, 2, 3, 4, 5, 6];

function calendar(
  uid: number,
  name: string,
  hoursOf: (day: DayOfWeek) => WorkingTimeRange[],
): CalendarDefinition {
  return {
    uid: toCalendarUid(uid),
    name,
    isBaseCalendar: true,
    weekDays: DAYS.map((day) => {
      const workingTimes = hoursOf(day);
      return { day, working: workingTimes.length > 0, workingTimes };
    }),
    exceptions: [],
    workWeeks: [],
  };
}

const STANDARD = calendar(1, "Standard", (day) =>
  day >= 1 && day <= 5 ? [range(8, 12), range(13, 17)] : [],
);
const TWENTY_FOUR_HOURS = calendar(2, "24 Hours", () => [range(0, 24)]);
const NIGHT_SHIFT = calendar(3, "Night Shift", (day) => {
  if (day === 1) return [range(23, 24)];
  if (day >= 2 && day <= 5) return [range(0, 3), range(4, 8), range(23, 24)];
  if (day === 6) return [range(0, 3), range(4, 8)];
  return [];
});

/** The Standard calendar's UID in a document read from a task list (the project calendar). */
export const STANDARD_CALENDAR_UID: CalendarUid = STANDARD.uid;

/** The built-in calendars by lower-case name. */
const BUILTIN_BY_NAME: ReadonlyMap<string, CalendarDefinition> = new Map(
  [STANDARD, TWENTY_FOUR_HOURS, NIGHT_SHIFT].map((definition) => [
    definition.name.toLowerCase(),
    definition,
  ]),
);

/** The Standard calendar. */
export function standardCalendar(): CalendarDefinition {
  return STANDARD;
}

/** A built-in calendar by name (case-insensitive), or undefined. */
export function builtinCalendar(name: string): CalendarDefinition | undefined {
  return BUILTIN_BY_NAME.get(name.trim().toLowerCase());
}

/** The names a Calendar cell may hold. */
export const BUILTIN_CALENDAR_NAMES: readonly string[] = [
  STANDARD,
  TWENTY_FOUR_HOURS,
  NIGHT_SHIFT,
].map((definition) => definition.name);
