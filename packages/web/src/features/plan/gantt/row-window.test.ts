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
        (scrollTop, height, rowHeight, rows) => {
          const { first, end } = rowWindow(scrollTop, height, rowHeight, rows);
          expect(0).toBeLessThanOrEqual(first);
          expect(first).toBeLessThanOrEqual(end);
          expect(end).toBeLessThanOrEqual(rows);
          const firstSeen = Math.floor(scrollTop / rowHeight);
          const lastSeen = Math.min(rows, Math.ceil((scrollTop + height) / rowHeight)) - 1;
          if (firstSeen <= lastSeen) {
            expect(first).toBeLessThanOrEqual(firstSeen);
            expect(end).toBeGreaterThan(lastSeen);
          }
          expect(end - first).toBeLessThanOrEqual(Math.ceil(height / rowHeight) + 21);
        },
      ),
    );
  });
});
