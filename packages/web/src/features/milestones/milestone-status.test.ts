import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDaysBetween, formatSlip, milestoneStatus } from "./milestone-status.js";

const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2090-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const at = (date: string, time = "17:00:00") => `${date}T${time}`;

describe("milestone status", () => {
  it("counts calendar days between the days of two date-times, whatever the hours", () => {
    expect(calendarDaysBetween("2027-03-05T17:00:00", "2027-03-09T08:00:00")).toBe(4);
    expect(calendarDaysBetween("2027-03-09T08:00:00", "2027-03-05T17:00:00")).toBe(-4);
    // Across the end of February and a change of summer time in many zones.
    expect(calendarDaysBetween("2027-02-27T17:00:00", "2027-03-29T17:00:00")).toBe(30);
    fc.assert(
      fc.property(day, fc.integer({ min: -3000, max: 3000 }), (a, n) => {
        const b = new Date(Date.parse(`${a}T00:00:00Z`) + n * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(calendarDaysBetween(at(a, "08:00:00"), at(b))).toBe(n);
      }),
    );
  });

  it("calls a future open milestone slipped, ahead or on track by its baseline", () => {
    const today = "2027-01-01";
    const status = (finish: string, baselineFinish: string | null) =>
      milestoneStatus(
        {
          finish: at(finish),
          baselineFinish: baselineFinish && at(baselineFinish),
          percentComplete: 0,
        },
        today,
      );
    expect(status("2027-03-09", "2027-03-05")).toEqual({ state: "slipped", slipDays: 4 });
    expect(status("2027-03-03", "2027-03-05")).toEqual({ state: "ahead", slipDays: -2 });
    expect(status("2027-03-05", "2027-03-05")).toEqual({ state: "onTrack", slipDays: 0 });
    expect(status("2027-03-05", null)).toEqual({ state: "noBaseline", slipDays: null });
  });

  it("puts done before overdue, and overdue before any baseline comparison", () => {
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        day,
        fc.integer({ min: 0, max: 100 }),
        (finish, baseline, today, percent) => {
          const { state } = milestoneStatus(
            {
              finish: at(finish),
              baselineFinish: baseline && at(baseline),
              percentComplete: percent,
            },
            today,
          );
          if (percent === 100) expect(state).toBe("complete");
          else if (finish < today) expect(state).toBe("overdue");
          else expect(["slipped", "ahead", "onTrack", "noBaseline"]).toContain(state);
        },
      ),
    );
  });

  it("writes a slip with its sign and unit", () => {
    expect(formatSlip(null)).toBe("");
    expect(formatSlip(0)).toBe("on baseline");
    expect(formatSlip(1)).toBe("+1 day");
    expect(formatSlip(-3)).toBe("−3 days");
  });
});
