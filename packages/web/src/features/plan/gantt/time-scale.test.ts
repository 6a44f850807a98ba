import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerOf, minuteAt, timeScale, xOf, ZOOMS } from "./time-scale.js";
import { wallFields, wallMinute } from "./wall-clock.js";

const minute = fc.integer({ min: 20 * 365 * 1440, max: 80 * 365 * 1440 });
const zoom = fc.constantFrom(...ZOOMS);

describe("the time scale", () => {
  it("maps minutes to pixels and back, later always further right", () => {
    fc.assert(
      fc.property(zoom, minute, minute, minute, (z, origin, a, b) => {
        const scale = timeScale(z, origin);
        expect(minuteAt(scale, xOf(scale, a))).toBeCloseTo(a, 6);
        if (a < b) expect(xOf(scale, a)).toBeLessThan(xOf(scale, b));
      }),
    );
  });

  it("heads the range with ordered ticks on period boundaries that cover it", () => {
    fc.assert(
      fc.property(zoom, minute, fc.integer({ min: 0, max: 400 * 1440 }), (z, from, span) => {
        const to = from + span;
        const header = headerOf(timeScale(z, from), from, to);
        for (const row of [header.major, header.minor]) {
          expect(row.length).toBeGreaterThan(0);
          expect(row[0]?.minute).toBeLessThanOrEqual(from);
          expect(row.at(-1)?.minute).toBeLessThanOrEqual(to);
          for (let i = 1; i < row.length; i++)
            expect(row[i]?.minute).toBeGreaterThan(row[i - 1]?.minute ?? 0);
          for (const tick of row) expect(wallFields(tick.minute).getUTCHours()).toBe(0);
        }
      }),
    );
  });

  it("labels each zoom's rows as a planner reads them", () => {
    const at = wallMinute("2026-11-25T10:00:00") ?? 0;
    const day = headerOf(timeScale("day", at), at, at + 1440);
    expect(day.major[0]).toEqual({ minute: wallMinute("2026-11-23T00:00"), label: "23 Nov 2026" });
    expect(day.minor.map((t) => t.label)).toEqual(["W", "T"]);
    const quarter = headerOf(timeScale("quarter", at), at, at + 90 * 1440);
    expect(quarter.major.map((t) => t.label)).toEqual(
      ["2026", "2027"].slice(0, quarter.major.length),
    );
    expect(quarter.minor.map((t) => t.label)).toEqual(["Q4", "Q1"]);
    const month = headerOf(timeScale("month", at), at, at + 40 * 1440);
    expect(month.minor.map((t) => t.label)).toEqual(["Nov", "Dec", "Jan"]);
  });
});
