import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayNumberOf,
  formatLocalMinute,
  parseLocalMinute,
  toLocalMinute,
} from "../time/local-minute.js";
import { type CalendarSpec, DEFAULT_WEEK, type ExceptionSpec } from "./calendar-spec.js";
import { WorkingTime } from "./working-time.js";

function at(text: string): number {
  const moment = parseLocalMinute(text);
  if (moment === undefined) throw new Error(`bad date ${text}`);
  return moment;
}

function text(moment: number): string {
  return formatLocalMinute(toLocalMinute(moment)).slice(0, 16);
}

function standard(exceptions: ExceptionSpec[] = []): CalendarSpec {
  return { name: "Standard", week: DEFAULT_WEEK, exceptions, workWeeks: [] };
}

function holiday(date: string, to = date): ExceptionSpec {
  const [y, m, d] = date.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return {
    fromDay: dayNumberOf(y ?? 0, m ?? 0, d ?? 0),
    toDay: dayNumberOf(ty ?? 0, tm ?? 0, td ?? 0),
    recurrence: { kind: "daily", everyDays: 1 },
    hours: [],
  };
}

const MONDAY = at("2024-01-08");

describe("WorkingTime", () => {
  it("adds a working day from a morning start to the end of the afternoon", () => {
    const cal = new WorkingTime([standard()], 0, MONDAY / 1440);
    expect(text(cal.add(at("2024-01-08T08:00"), 480, "finish"))).toBe("2024-01-08T17:00");
  });

  it("puts the same instant at 17:00 Friday for a finish and 08:00 Monday for a start", () => {
    const cal = new WorkingTime([standard()], 0, MONDAY / 1440);
    const fridayMorning = at("2024-01-12T08:00");
    expect(text(cal.add(fridayMorning, 480, "finish"))).toBe("2024-01-12T17:00");
    expect(text(cal.add(fridayMorning, 480, "start"))).toBe("2024-01-15T08:00");
  });

  it("skips the lunch break and the weekend", () => {
    const cal = new WorkingTime([standard()], 0, MONDAY / 1440);
    expect(text(cal.add(at("2024-01-12T11:00"), 120, "finish"))).toBe("2024-01-12T14:00");
    expect(text(cal.add(at("2024-01-12T16:00"), 120, "finish"))).toBe("2024-01-15T09:00");
  });

  it("moves a start on a non-working moment to the next working moment", () => {
    const cal = new WorkingTime([standard()], 0, MONDAY / 1440);
    expect(text(cal.nextStart(at("2024-01-13T10:00")))).toBe("2024-01-15T08:00");
    expect(text(cal.nextStart(at("2024-01-15T12:30")))).toBe("2024-01-15T13:00");
    expect(text(cal.previousFinish(at("2024-01-15T12:30")))).toBe("2024-01-15T12:00");
  });

  it("skips holidays and counts working time between two moments", () => {
    const cal = new WorkingTime(
      [standard([holiday("2024-01-10", "2024-01-11")])],
      0,
      MONDAY / 1440,
    );
    expect(text(cal.add(at("2024-01-09T08:00"), 960, "finish"))).toBe("2024-01-12T17:00");
    expect(cal.between(at("2024-01-08T08:00"), at("2024-01-15T08:00"))).toBe(3 * 480);
  });

  it("lets a derived calendar inherit undefined days and base holidays", () => {
    const base = standard([holiday("2024-01-09")]);
    const nights: CalendarSpec = {
      name: "Saturday shift",
      base: 0,
      week: [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        [{ from: 540, to: 780 }],
      ],
      exceptions: [],
      workWeeks: [],
    };
    const cal = new WorkingTime([base, nights], 1, MONDAY / 1440);
    expect(cal.hoursOn(dayNumberOf(2024, 1, 13))).toEqual([{ from: 540, to: 780 }]);
    expect(cal.hoursOn(dayNumberOf(2024, 1, 9))).toEqual([]);
    expect(cal.hoursOn(dayNumberOf(2024, 1, 10))).toHaveLength(2);
  });

  it("applies a yearly recurring holiday on the right day each year", () => {
    const christmas: ExceptionSpec = {
      fromDay: dayNumberOf(2020, 12, 25),
      toDay: dayNumberOf(2030, 12, 25),
      recurrence: { kind: "yearlyByDay", month: 12, dayOfMonth: 25 },
      hours: [],
    };
    const cal = new WorkingTime([standard([christmas])], 0, MONDAY / 1440);
    expect(cal.hoursOn(dayNumberOf(2025, 12, 25))).toEqual([]);
    expect(cal.hoursOn(dayNumberOf(2025, 12, 24))).toHaveLength(2);
    expect(cal.hoursOn(dayNumberOf(2031, 12, 25))).toHaveLength(2);
  });

  it("applies a monthly positional exception only the given number of times", () => {
    const lastFriday: ExceptionSpec = {
      fromDay: dayNumberOf(2024, 1, 1),
      toDay: dayNumberOf(2024, 12, 31),
      recurrence: { kind: "monthlyByPosition", everyMonths: 1, position: "last", dayOfWeek: 5 },
      occurrences: 2,
      hours: [],
    };
    const cal = new WorkingTime([standard([lastFriday])], 0, MONDAY / 1440);
    expect(cal.hoursOn(dayNumberOf(2024, 1, 26))).toEqual([]);
    expect(cal.hoursOn(dayNumberOf(2024, 2, 23))).toEqual([]);
    expect(cal.hoursOn(dayNumberOf(2024, 3, 29))).toHaveLength(2);
  });

  it("grows its window to answer dates far from where it started", () => {
    const cal = new WorkingTime([standard()], 0, MONDAY / 1440);
    expect(text(cal.add(at("2024-01-08T08:00"), 480 * 5 * 52 * 10, "finish"))).toBe(
      "2033-12-23T17:00",
    );
    expect(text(cal.add(at("2024-01-08T08:00"), -480 * 5 * 52 * 10, "start"))).toBe(
      "2014-01-20T08:00",
    );
  });

  it("reports a calendar without working time instead of searching for ever", () => {
    const never: CalendarSpec = {
      name: "Never",
      week: Array.from({ length: 7 }, () => []),
      exceptions: [],
      workWeeks: [],
    };
    const cal = new WorkingTime([never], 0, MONDAY / 1440);
    expect(() => cal.add(at("2024-01-08T08:00"), 60, "finish")).toThrow(/no working time/);
  });

  it("undoes an addition by the matching subtraction", () => {
    const cal = new WorkingTime(
      [standard([holiday("2024-03-01", "2024-03-08")])],
      0,
      MONDAY / 1440,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 400 }),
        fc.integer({ min: 0, max: 480 * 300 }),
        (offset, work) => {
          const start = cal.nextStart(MONDAY + offset);
          const finish = cal.add(start, work, "finish");
          expect(cal.between(start, finish)).toBe(work);
          expect(cal.add(finish, -work, "start")).toBe(start);
        },
      ),
    );
  });

  it("agrees with a day-by-day count on calendars with uneven days", () => {
    // Short days (a working Saturday morning, a half-day holiday) make working days unequal,
    // so lookups go through the bucket index; whole and fractional minutes take their paths.
    const calendar = new WorkingTime(
      [
        standard([
          holiday("2024-02-01", "2024-02-02"),
          { ...holiday("2024-02-07"), hours: [{ from: 540, to: 660 }] },
          { ...holiday("2024-02-10"), hours: [{ from: 480, to: 720 }] },
        ]),
      ],
      0,
      MONDAY / 1440,
    );
    const first = MONDAY / 1440 - 30;
    const days = Array.from({ length: 200 }, (_, i) => calendar.hoursOn(first + i));
    /** Work from the first day's midnight to `moment`, counted day by day. */
    const counted = (moment: number) => {
      let work = 0;
      for (let i = 0; i < days.length; i++) {
        for (const { from, to } of days[i] ?? []) {
          const start = (first + i) * 1440 + from;
          const end = (first + i) * 1440 + to;
          work += Math.max(0, Math.min(moment, end) - start);
        }
      }
      return work;
    };
    const origin = calendar.workBefore(first * 1440);
    fc.assert(
      fc.property(
        fc.integer({ min: 5 * 1440, max: 190 * 1440 }),
        fc.constantFrom(0, 0, 0.1, 0.5),
        (offset, fraction) => {
          const moment = first * 1440 + offset + fraction;
          const work = calendar.workBefore(moment);
          expect(work - origin).toBeCloseTo(counted(moment), 6);
          // The moments at that work: where it stops is at or before, where it resumes at or
          // after, and both hold the same work.
          const stop = calendar.finishAt(work);
          const resume = calendar.startAt(work);
          expect(stop).toBeLessThanOrEqual(moment + 1e-9);
          expect(resume).toBeGreaterThanOrEqual(moment - 1e-9);
          expect(calendar.workBefore(stop)).toBeCloseTo(work, 6);
          expect(calendar.workBefore(resume)).toBeCloseTo(work, 6);
        },
      ),
    );
  });
});
