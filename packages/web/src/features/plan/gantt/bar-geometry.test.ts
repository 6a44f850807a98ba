import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barOf, baselineBarOf, MIN_BAR_WIDTH } from "./bar-geometry.js";
import { timeScale, ZOOMS } from "./time-scale.js";

const task = fc
  .record({
    start: fc.integer({ min: 0, max: 1_000_000 }),
    length: fc.integer({ min: 0, max: 100_000 }),
    percentComplete: fc.integer({ min: -10, max: 110 }),
    summary: fc.boolean(),
    milestone: fc.boolean(),
    critical: fc.boolean(),
  })
  .map(({ length, ...t }) => ({
    ...t,
    finish: t.start + length,
    baselineStart: null,
    baselineFinish: null,
  }));

describe("bar geometry", () => {
  it("draws milestones as points and other tasks from start to finish, progress inside", () => {
    fc.assert(
      fc.property(task, fc.constantFrom(...ZOOMS), (t, zoom) => {
        const scale = timeScale(zoom, 0);
        const bar = barOf(t, scale);
        const x = t.start * scale.pxPerMinute;
        expect(bar.x).toBeCloseTo(x, 6);
        if (t.milestone) {
          expect(bar.kind).toBe("milestone");
          return;
        }
        if (bar.kind === "milestone") throw new Error("a task drawn as a milestone");
        expect(bar.kind).toBe(t.summary ? "summary" : "task");
        expect(bar.width).toBeGreaterThanOrEqual(MIN_BAR_WIDTH);
        expect(bar.width).toBeGreaterThanOrEqual((t.finish - t.start) * scale.pxPerMinute - 1e-9);
        expect(bar.doneWidth).toBeGreaterThanOrEqual(0);
        expect(bar.doneWidth).toBeLessThanOrEqual(bar.width);
      }),
    );
  });

  it("draws a baseline only where there is one", () => {
    const scale = timeScale("day", 0);
    const base = {
      start: 0,
      finish: 1440,
      percentComplete: 0,
      summary: false,
      milestone: false,
      critical: false,
    };
    expect(baselineBarOf({ ...base, baselineStart: null, baselineFinish: null }, scale)).toBeNull();
    expect(baselineBarOf({ ...base, baselineStart: 1440, baselineFinish: 2880 }, scale)).toEqual({
      x: 40,
      width: 40,
    });
  });
});
