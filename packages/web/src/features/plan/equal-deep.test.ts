import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalDeep } from "./equal-deep.js";

describe("equalDeep", () => {
  it("holds for a value and its copy", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => equalDeep(value, structuredClone(value))));
  });

  it("agrees with comparing the JSON texts of values whose keys are in the same order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(equalDeep(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });

  it("tells apart a missing key from one set to undefined, and arrays from objects", () => {
    expect(equalDeep({ a: undefined }, { b: undefined })).toBe(false);
    expect(equalDeep([1], { 0: 1 })).toBe(false);
    expect(equalDeep({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});
