import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeNumberIn } from "./whole-number-text.js";

describe("wholeNumberIn", () => {
  it("reads plain digits, perhaps after a minus, as Number does", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^\d{1,15}$/), (minus, digits) => {
        const text = `${minus ? "-" : ""}${digits}`;
        expect(Object.is(wholeNumberIn(`<${text}>`, 1, text.length + 1), Number(text))).toBe(true);
      }),
    );
  });

  it("leaves anything else to the caller", () => {
    for (const text of ["", "-", " 1", "1 ", "1.5", "1e3", "+1", "0x1f", "1234567890123456", "١"])
      expect(wholeNumberIn(text, 0, text.length)).toBeUndefined();
  });
});
