import type { CalendarRow, PlanKey, PlanRow } from "./plan-store.js";

// What a plan starts with: MS Project's defaults (8-hour days, 40-hour weeks, a Standard
// calendar as the project calendar, constraints honoured).

/** Monday–Friday, 08:00–12:00 and 13:00–17:00 (days 0–6 from Sunday). */
export const STANDARD_WEEK = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  day,
  working: day >= 1 && day <= 5,
  workingTimes:
    day >= 1 && day <= 5
      ? [
          { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
          { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
        ]
      : [],
}));

/** The Standard calendar, UID 1: a new plan's project calendar. */
export function standardCalendarRow(key: PlanKey): CalendarRow {
  return {
    ...key,
    uid: 1,
    name: "Standard",
    isBase: true,
    baseUid: null,
    weekDays: STANDARD_WEEK,
    exceptions: [],
    workWeeks: [],
    version: 1,
  };
}

/** A plan's row with the default settings, starting at 08:00 on `day` (`YYYY-MM-DD`). */
export function defaultPlanRow(key: PlanKey, day: string, version: number, now: Date): PlanRow {
  return {
    ...key,
    start: `${day}T08:00:00`,
    finish: null,
    statusDate: null,
    scheduleFrom: "start",
    calendarUid: 1,
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    daysPerMonth: 20,
    honorConstraints: true,
    criticalSlackLimitDays: 0,
    weekStartDay: 0,
    fileSettings: {},
    version,
    updatedAt: now,
  };
}
