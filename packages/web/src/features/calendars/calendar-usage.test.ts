import type { Calendar } from "@orrery/contracts/calendars";
import { describe, expect, it } from "vitest";
import { calendarUse, taskCalendarOf } from "./calendar-usage.js";
import { newCalendarBody } from "./new-calendar-modal.js";

const calendar = (uid: number, name: string, extra: Partial<Calendar> = {}): Calendar => ({
  uid,
  name,
  baseCalendarUid: null,
  weekDays: [],
  exceptions: [],
  workWeeks: [],
  isBaseCalendar: true,
  isProjectCalendar: false,
  version: 1,
  ...extra,
});

const standard = calendar(1, "Standard", { isProjectCalendar: true });
const night = calendar(2, "Night", {
  baseCalendarUid: 1,
  isBaseCalendar: false,
  weekDays: [
    { day: 1, working: true, workingTimes: [{ fromMinuteOfDay: 1200, toMinuteOfDay: 1440 }] },
  ],
});
const spare = calendar(3, "Spare");

describe("calendarUse", () => {
  it("says what keeps a calendar from being deleted, as the server refuses it", () => {
    const all = [standard, night, spare];
    expect(calendarUse(standard, all, [])).toBe("it is the project calendar");
    expect(calendarUse(night, all, [{ calendarUid: 2 }, { calendarUid: 2 }])).toBe(
      "2 tasks use it",
    );
    expect(calendarUse(night, all, [{ calendarUid: 2 }])).toBe("1 task uses it");
    expect(calendarUse({ ...standard, isProjectCalendar: false }, all, [])).toBe(
      "Night is derived from it",
    );
    expect(calendarUse(spare, all, [{ calendarUid: null }])).toBeNull();
  });
});

describe("taskCalendarOf", () => {
  const names = new Map([
    [1, "Standard"],
    [2, "Night shift"],
  ]);
  it("takes a calendar's name in any case, and empty for the project calendar", () => {
    expect(taskCalendarOf(" night SHIFT ", names)).toEqual({ ok: true, value: { calendarUid: 2 } });
    expect(taskCalendarOf("", names)).toEqual({ ok: true, value: { calendarUid: null } });
  });
  it("lists the calendars when the name is unknown", () => {
    const parsed = taskCalendarOf("Nights", names);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("Standard, Night shift");
  });
});

describe("newCalendarBody", () => {
  it("copies a calendar whole, derives one empty from a base, or starts from the standard week", () => {
    expect(newCalendarBody("Copy", "copy:2", [standard, night])).toEqual({
      name: "Copy",
      baseCalendarUid: 1,
      weekDays: night.weekDays,
      exceptions: [],
      workWeeks: [],
    });
    expect(newCalendarBody("Site", "derive:1", [standard])).toEqual({
      name: "Site",
      baseCalendarUid: 1,
    });
    const fresh = newCalendarBody("Fresh", "standard", []);
    expect(fresh.baseCalendarUid).toBeNull();
    expect(fresh.weekDays?.filter((d) => d.working).map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
  });
});
