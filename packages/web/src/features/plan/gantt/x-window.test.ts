import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps, xWindow } from "./x-window.js";

describe("the part of the chart drawn sideways", () => {
  it("holds what is in view with a viewport's width on each side, and stays put within a step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 1, max: 2000 }),
        (scrollLeft, width, step) => {
          const window = xWindow(scrollLeft, width, step);
          expect(window.left).toBeLessThanOrEqual(scrollLeft - width);
          expect(window.right).toBeGreaterThanOrEqual(scrollLeft + 2 * width);
          expect(window.right - window.left).toBeLessThanOrEqual(step + 3 * width);
          const stepStart = scrollLeft - (scrollLeft % step);
          expect(xWindow(stepStart, width, step)).toEqual(window);
        },
      ),
    );
  });

  it("counts a shape as drawn when any part of it is in the window", () => {
    const window = { left: 100, right: 200 };
    expect(overlaps(window, 50, 100)).toBe(true);
    expect(overlaps(window, 200, 300)).toBe(true);
    expect(overlaps(window, 0, 1000)).toBe(true);
    expect(overlaps(window, 0, 99)).toBe(false);
    expect(overlaps(window, 201, 300)).toBe(false);
  });
});
