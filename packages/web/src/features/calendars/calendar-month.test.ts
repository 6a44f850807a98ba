import type { Calendar } from "@orrery/contracts/calendars";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDays,
  dayOfWeekOf,
  type GridKey,
  monthWeeks,
  movedFocus,
} from "./calendar-month.js";
import { exceptionOf, exceptionValuesOf } from "./exception-form-values.js";
import { STANDARD_HOURS } from "./working-times.js";

const standardWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  day,
  working: day >= 1 && day <= 5,
  workingTimes: day >= 1 && day <= 5 ? [...STANDARD_HOURS] : [],
}));

const standard: Calendar = {
  uid: 1,
  name: "Standard",
  baseCalendarUid: null,
  weekDays: standardWeek,
  exceptions: [],
  workWeeks: [],
  isBaseCalendar: true,
  isProjectCalendar: true,
  version: 1,
};

const month = fc
  .record({ year: fc.integer({ min: 1950, max: 2150 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}-01`);

describe("monthWeeks", () => {
  it("shows every day of the month once, in order, in rows of seven from the week's start", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 6 }), (first, weekStart) => {
        const weeks = monthWeeks(first, weekStart);
        expect(weeks.every((week) => week.length === 7)).toBe(true);
        const days = weeks.flat().filter((d): d is string => d !== null);
        expect(days[0]).toBe(first);
        days.forEach((day, i) => {
          expect(day).toBe(addDays(first, i));
          expect(day.slice(0, 7)).toBe(first.slice(0, 7));
        });
        expect(addDays(days.at(-1) ?? first, 1).slice(8)).toBe("01");
        for (const week of weeks)
          week.forEach((day, column) => {
            if (day !== null) expect(dayOfWeekOf(day)).toBe((weekStart + column) % 7);
          });
      }),
    );
  });

  it("lays out February 2027 from Monday as five rows", () => {
    const weeks = monthWeeks("2027-02-01", 1);
    expect(weeks[0]).toEqual([
      "2027-02-01",
      "2027-02-02",
      "2027-02-03",
      "2027-02-04",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
    ]);
    expect(weeks).toHaveLength(4);
    expect(monthWeeks("2027-02-01", 0)).toHaveLength(5);
  });
});

describe("movedFocus", () => {
  const keys: GridKey[] = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];
  it("moves by a day, a week, or to the week's ends, keeping within the week for Home and End", () => {
    fc.assert(
      fc.property(
        month,
        fc.integer({ min: 0, max: 27 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...keys),
        (first, offset, weekStart, key) => {
          const date = addDays(first, offset);
          const moved = movedFocus(date, key, weekStart);
          const expected: Record<string, number> = {
            ArrowLeft: -1,
            ArrowRight: 1,
            ArrowUp: -7,
            ArrowDown: 7,
          };
          if (key in expected) expect(moved).toBe(addDays(date, expected[key] ?? 0));
          else {
            expect(dayOfWeekOf(moved)).toBe(key === "Home" ? weekStart : (weekStart + 6) % 7);
            const gap = (Date.parse(moved) - Date.parse(date)) / 86_400_000;
            expect(Math.abs(gap)).toBeLessThan(7);
          }
        },
      ),
    );
  });

  it("moves by a month with Page Up/Down, clipping to the month's end", () => {
    expect(movedFocus("2027-01-31", "PageDown", 0)).toBe("2027-02-28");
    expect(movedFocus("2027-03-15", "PageUp", 0)).toBe("2027-02-15");
    expect(movedFocus("2027-12-10", "PageDown", 0)).toBe("2028-01-10");
  });
});

describe("calendarDays", () => {
  it("works Monday to Friday 08:00–12:00, 13:00–17:00 on the standard week", () => {
    const days = calendarDays([standard], 1, 0, "2027-03-01", "2027-03-07");
    expect(days.map((d) => d.working)).toEqual([true, true, true, true, true, false, false]);
    expect(days[0]?.hours).toBe("08:00–12:00, 13:00–17:00");
    expect(days[0]?.minutes).toBe(480);
    expect(days[5]?.hours).toBe("");
    expect(days.every((d) => d.exception === null && d.inheritedFrom === null)).toBe(true);
  });

  it("marks a named holiday and changed hours, and a weekly recurrence only on its days", () => {
    const calendar: Calendar = {
      ...standard,
      exceptions: [
        // A one-day holiday as the exception form makes it.
        exceptionOf({ ...exceptionValuesOf(null, "2027-03-03"), name: "Founders' day" }),
        {
          name: "Short Fridays",
          fromDate: "2027-03-01",
          toDate: "2027-03-31",
          recurrence: { kind: "weekly", everyWeeks: 1, days: [5] },
          working: true,
          workingTimes: [{ fromMinuteOfDay: 480, toMinuteOfDay: 720 }],
        },
      ],
    };
    const days = calendarDays([calendar], 1, 0, "2027-03-01", "2027-03-31");
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get("2027-03-03")).toMatchObject({
      working: false,
      exception: "Founders' day",
      hours: "",
    });
    for (const friday of ["2027-03-05", "2027-03-12", "2027-03-19", "2027-03-26"])
      expect(byDate.get(friday)).toMatchObject({
        working: true,
        hours: "08:00–12:00",
        exception: "Short Fridays",
      });
    expect(byDate.get("2027-03-04")).toMatchObject({ exception: null, minutes: 480 });
  });

  it("takes undefined days from the base calendar and says so; work weeks replace the week", () => {
    const derived: Calendar = {
      ...standard,
      uid: 2,
      name: "Night shift",
      baseCalendarUid: 1,
      isBaseCalendar: false,
      isProjectCalendar: false,
      weekDays: [
        { day: 1, working: true, workingTimes: [{ fromMinuteOfDay: 1200, toMinuteOfDay: 1440 }] },
      ],
      workWeeks: [
        {
          name: "Summer",
          fromDate: "2027-03-08",
          toDate: "2027-03-14",
          weekDays: [{ day: 6, working: true, workingTimes: [...STANDARD_HOURS] }],
        },
      ],
    };
    const days = calendarDays([standard, derived], 2, 0, "2027-03-01", "2027-03-14");
    expect(days[0]).toMatchObject({ hours: "20:00–24:00", inheritedFrom: null });
    expect(days[1]).toMatchObject({ hours: "08:00–12:00, 13:00–17:00", inheritedFrom: "Standard" });
    expect(days[12]).toMatchObject({ date: "2027-03-13", working: true, workWeek: "Summer" });
    expect(days[5]).toMatchObject({ date: "2027-03-06", working: false });
  });

  it("finds positional recurrences: the last Friday of each month, the first Monday of May", () => {
    const calendar: Calendar = {
      ...standard,
      exceptions: [
        {
          name: "Month end",
          fromDate: "2027-01-01",
          toDate: "2027-12-31",
          recurrence: { kind: "monthlyByPosition", everyMonths: 1, position: "last", day: 5 },
          working: false,
          workingTimes: [],
        },
        {
          name: "May Day",
          fromDate: "2027-01-01",
          toDate: "2030-12-31",
          recurrence: { kind: "yearlyByPosition", month: 5, position: "first", day: 1 },
          working: false,
          workingTimes: [],
        },
      ],
    };
    const days = calendarDays([calendar], 1, 0, "2027-03-01", "2027-05-31");
    const named = (name: string) => days.filter((d) => d.exception === name).map((d) => d.date);
    expect(named("Month end")).toEqual(["2027-03-26", "2027-04-30", "2027-05-28"]);
    expect(named("May Day")).toEqual(["2027-05-03"]);
  });

  it("is empty for a calendar the plan does not have", () => {
    expect(calendarDays([standard], 9, 0, "2027-03-01", "2027-03-02")).toEqual([]);
  });
});
