import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf } from "../time/local-minute.js";
import { type CalendarSpec, DEFAULT_WEEK } from "./calendar-spec.js";
import { CalendarChain } from "./day-resolution.js";

const MORNING = [{ from: 480, to: 720 }];
const standard: CalendarSpec = {
  name: "Standard",
  week: DEFAULT_WEEK,
  exceptions: [],
  workWeeks: [],
};
// 2026-12-21 is a Monday.
const monday = dayNumberOf(2026, 12, 21);

describe("CalendarChain.explainWindow", () => {
  it("names the exception, work week or week that decided each day", () => {
    const own: CalendarSpec = {
      name: "Site",
      base: 0,
      week: [undefined, undefined, undefined, undefined, undefined, MORNING, undefined],
      exceptions: [
        {
          fromDay: monday + 3,
          toDay: monday + 3,
          recurrence: { kind: "daily", everyDays: 1 },
          hours: [],
        },
      ],
      workWeeks: [
        {
          fromDay: monday + 1,
          toDay: monday + 1,
          week: [undefined, undefined, MORNING, undefined, undefined, undefined, undefined],
        },
      ],
    };
    const days = new CalendarChain([standard, own], 1).explainWindow(monday, monday + 6);
    expect(
      days.map((d) => `${d.source.calendar}:${d.source.kind}:${d.source.index ?? "-"}`),
    ).toEqual([
      "Standard:week:-",
      "Site:workWeek:0",
      "Standard:week:-",
      "Site:exception:0",
      "Site:week:-",
      "Standard:week:-",
      "Standard:week:-",
    ]);
    expect(days[3]?.hours).toEqual([]);
    expect(days[4]?.hours).toEqual(MORNING);
    expect(days[5]?.hours).toEqual([]);
  });

  it("reports exactly the days of a daily series as the exception", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 90 }),
        (offset, every, span) => {
          const spec: CalendarSpec = {
            ...standard,
            exceptions: [
              {
                fromDay: monday + offset,
                toDay: monday + offset + 30,
                recurrence: { kind: "daily", everyDays: every },
                hours: MORNING,
              },
            ],
          };
          const days = new CalendarChain([spec], 0).explainWindow(monday, monday + span);
          days.forEach((day, i) => {
            const inSeries = i >= offset && i <= offset + 30 && (i - offset) % every === 0;
            expect(day.source.kind).toBe(inSeries ? "exception" : "week");
            if (inSeries) expect(day.hours).toEqual(MORNING);
          });
        },
      ),
    );
  });
});
