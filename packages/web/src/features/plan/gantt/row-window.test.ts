import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowWindow } from "./row-window.js";

describe("the rendered row window", () => {
  it("holds every row in view, stays within the plan, and renders few rows of a long one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.record({ before: fc.nat({ max: 40 }), after: fc.nat({ max: 40 }) }),
        (scrollTop, height, rowHeight, rows, overscan) => {
          const { first, end } = rowWindow(scrollTop, height, rowHeight, rows, overscan);
          expect(0).toBeLessThanOrEqual(first);
          expect(first).toBeLessThanOrEqual(end);
          expect(end).toBeLessThanOrEqual(rows);
          const firstSeen = Math.floor(scrollTop / rowHeight);
          const lastSeen = Math.min(rows, Math.ceil((scrollTop + height) / rowHeight)) - 1;
          if (firstSeen <= lastSeen) {
            expect(first).toBeLessThanOrEqual(firstSeen);
            expect(end).toBeGreaterThan(lastSeen);
            // The margins: as many rows as asked for on each side, where the plan has them.
            expect(first).toBe(Math.max(0, firstSeen - overscan.before));
            expect(end).toBe(Math.min(rows, lastSeen + 1 + overscan.after));
          }
          expect(end - first).toBeLessThanOrEqual(
            Math.ceil(height / rowHeight) + 1 + overscan.before + overscan.after,
          );
        },
      ),
    );
  });
});
