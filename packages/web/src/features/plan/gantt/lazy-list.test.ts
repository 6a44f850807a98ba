import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lazyList } from "./lazy-list.js";

describe("lazyList", () => {
  it("makes each index's value once, on first ask, and answers the same value after", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { maxLength: 200 }), (asks) => {
        const made: number[] = [];
        const valueAt = lazyList((index) => {
          made.push(index);
          return { index };
        });
        const first = new Map<number, { index: number }>();
        for (const index of asks) {
          const value = valueAt(index);
          expect(value.index).toBe(index);
          if (!first.has(index)) first.set(index, value);
          expect(value).toBe(first.get(index));
        }
        expect(made).toEqual([...first.keys()]);
      }),
    );
  });
});
