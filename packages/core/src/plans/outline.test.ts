import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOutline, outlineNumbers, summaryFlags } from "./outline.js";

/** Levels that form an outline: each row at most one level below the one before. */
const outline = fc.array(fc.nat(3), { maxLength: 30 }).map((steps) => {
  const levels: number[] = [];
  for (const step of steps) levels.push(Math.max(1, Math.min((levels.at(-1) ?? 0) + 1, step + 1)));
  return levels;
});

describe("a plan's outline", () => {
  it("numbers rows as MS Project does", () => {
    expect(outlineNumbers([1, 2, 2, 3, 1, 2])).toEqual(["1", "1.1", "1.2", "1.2.1", "2", "2.1"]);
  });

  it("marks a row a summary exactly when the next row is deeper", () => {
    expect(summaryFlags([1, 2, 2, 1])).toEqual([true, false, false, false]);
  });

  it("gives every row of an outline a distinct number as deep as its level", () => {
    fc.assert(
      fc.property(outline, (levels) => {
        expect(isOutline(levels)).toBe(true);
        const numbers = outlineNumbers(levels);
        expect(new Set(numbers).size).toBe(levels.length);
        expect(numbers.map((n) => n.split(".").length)).toEqual(levels);
      }),
    );
  });

  it("refuses levels that skip one or start below the top", () => {
    expect(isOutline([2])).toBe(false);
    expect(isOutline([1, 3])).toBe(false);
    expect(isOutline([1, 2, 1, 0])).toBe(false);
  });
});
