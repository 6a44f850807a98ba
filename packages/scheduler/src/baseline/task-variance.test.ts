import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarSpec, DEFAULT_WEEK, type ExceptionSpec } from "../calendar/calendar-spec.js";
import { WorkingTime } from "../calendar/working-time.js";
import { dayNumberOf, MINUTES_PER_DAY } from "../time/local-minute.js";
import { type DatedTask, taskVariance } from "./baselines.js";

const MONDAY_DAY = dayNumberOf(2024, 1, 8);
const MONDAY = MONDAY_DAY * MINUTES_PER_DAY;

/** The Standard calendar with whole-day holidays at day offsets from Monday 8 January 2024. */
function standardWith(holidays: readonly number[]): WorkingTime {
  const exceptions: ExceptionSpec[] = holidays.map((offset) => ({
    fromDay: MONDAY_DAY + offset,
    toDay: MONDAY_DAY + offset,
    recurrence: { kind: "daily", everyDays: 1 },
    hours: [],
  }));
  const spec: CalendarSpec = { name: "Standard", week: DEFAULT_WEEK, exceptions, workWeeks: [] };
  return new WorkingTime([spec], 0, MONDAY_DAY);
}

const holidays = fc.array(fc.integer({ min: -60, max: 400 }), { maxLength: 20 });
const moment = fc.integer({ min: -60 * MINUTES_PER_DAY, max: 400 * MINUTES_PER_DAY });
const dated: fc.Arbitrary<DatedTask> = fc
  .tuple(moment, fc.integer({ min: 0, max: 90 * MINUTES_PER_DAY }), fc.nat(200 * 480))
  .map(([start, length, duration]) => ({
    start: MONDAY + start,
    finish: MONDAY + start + length,
    duration,
  }));

describe("taskVariance", () => {
  it("is zero for a task compared with itself", () => {
    fc.assert(
      fc.property(holidays, dated, (days, task) => {
        const variance = taskVariance(standardWith(days), task, task);
        expect(variance).toEqual({ start: 0, finish: 0, duration: 0 });
      }),
    );
  });

  it("changes sign when the two sides swap", () => {
    fc.assert(
      fc.property(holidays, dated, dated, (days, a, b) => {
        const calendar = standardWith(days);
        const there = taskVariance(calendar, a, b);
        const back = taskVariance(calendar, b, a);
        expect(there.start + back.start).toBe(0);
        expect(there.finish + back.finish).toBe(0);
        expect(there.duration + back.duration).toBe(0);
      }),
    );
  });

  it("adds up over a chain of baselines (0 to 1 plus 1 to 2 is 0 to 2)", () => {
    fc.assert(
      fc.property(holidays, dated, dated, dated, (days, a, b, c) => {
        const calendar = standardWith(days);
        const ab = taskVariance(calendar, a, b);
        const bc = taskVariance(calendar, b, c);
        const ac = taskVariance(calendar, a, c);
        expect(ab.finish + bc.finish).toBe(ac.finish);
        expect(ab.start + bc.start).toBe(ac.start);
      }),
    );
  });

  it("is positive when the later side is later, and counts only working time", () => {
    const calendar = standardWith([]);
    // Friday 17:00 to the next Monday 17:00: one working day (480 minutes), not three.
    const friday = MONDAY + 4 * MINUTES_PER_DAY + 17 * 60;
    const before = { start: friday - 480, finish: friday, duration: 480 };
    const after = {
      start: friday - 480 + 3 * MINUTES_PER_DAY,
      finish: friday + 3 * MINUTES_PER_DAY,
      duration: 960,
    };
    expect(taskVariance(calendar, before, after)).toEqual({
      start: 480,
      finish: 480,
      duration: 480,
    });
  });

  it("skips a holiday in between", () => {
    // Tuesday is a holiday: Monday 17:00 to Wednesday 17:00 is one working day.
    const calendar = standardWith([1]);
    const monday = MONDAY + 17 * 60;
    const wednesday = monday + 2 * MINUTES_PER_DAY;
    const variance = taskVariance(
      calendar,
      { start: monday, finish: monday, duration: 0 },
      { start: wednesday, finish: wednesday, duration: 0 },
    );
    expect(variance.finish).toBe(480);
  });
});
