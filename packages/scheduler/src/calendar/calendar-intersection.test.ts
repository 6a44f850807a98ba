import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf, MINUTES_PER_DAY } from "../time/local-minute.js";
import type { CalendarSpec, DayHours, WeekHours } from "./calendar-spec.js";
import { commonHours } from "./day-resolution.js";
import { WorkingTime } from "./working-time.js";

/** Sorted, disjoint working intervals of one day, on a 30-minute grid. */
const dayHours: fc.Arbitrary<DayHours> = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 8 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const hours: { from: number; to: number }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      hours.push({ from: (sorted[i] ?? 0) * 30, to: (sorted[i + 1] ?? 0) * 30 });
    return hours;
  });

const week: fc.Arbitrary<WeekHours> = fc.array(dayHours, { minLength: 7, maxLength: 7 });

function minutesOf(hours: DayHours): Set<number> {
  const minutes = new Set<number>();
  for (const { from, to } of hours) for (let m = from; m < to; m++) minutes.add(m);
  return minutes;
}

const calendar = (name: string, hours: WeekHours): CalendarSpec => ({
  name,
  week: hours,
  exceptions: [],
  workWeeks: [],
});

describe("intersection calendars", () => {
  it("work exactly the minutes both days work", () => {
    fc.assert(
      fc.property(dayHours, dayHours, (a, b) => {
        const both = minutesOf(commonHours(a, b));
        const expected = [...minutesOf(a)].filter((m) => minutesOf(b).has(m));
        expect([...both].sort((x, y) => x - y)).toEqual(expected);
      }),
    );
  });

  it("count between two moments the working minutes common to both calendars", () => {
    const monday = dayNumberOf(2024, 1, 8) * MINUTES_PER_DAY;
    fc.assert(
      fc.property(
        week,
        week,
        fc.integer({ min: 0, max: 14 * MINUTES_PER_DAY }),
        fc.integer({ min: 0, max: 14 * MINUTES_PER_DAY }),
        (weekA, weekB, from, length) => {
          const calendars = [
            calendar("a", weekA),
            calendar("b", weekB),
            { ...calendar("a ∩ b", []), intersectionOf: [0, 1] },
          ];
          fc.pre(weekA.some((day, d) => commonHours(day ?? [], weekB[d] ?? []).length > 0));
          const common = new WorkingTime(calendars, 2, dayNumberOf(2024, 1, 8));
          let expected = 0;
          for (let m = monday + from; m < monday + from + length; m++) {
            const dayOfWeek = (Math.floor(m / MINUTES_PER_DAY) + 4) % 7;
            const minute = m % MINUTES_PER_DAY;
            const inA = (weekA[dayOfWeek] ?? []).some((h) => h.from <= minute && minute < h.to);
            const inB = (weekB[dayOfWeek] ?? []).some((h) => h.from <= minute && minute < h.to);
            if (inA && inB) expected++;
          }
          expect(common.between(monday + from, monday + from + length)).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("leave out a calendar that intersects itself through another", () => {
    const loop = [
      { ...calendar("x", [[{ from: 480, to: 1020 }]]), intersectionOf: [1] },
      { ...calendar("y", []), intersectionOf: [0] },
    ];
    expect(() => new WorkingTime(loop, 0, dayNumberOf(2024, 1, 8))).not.toThrow();
  });
});
