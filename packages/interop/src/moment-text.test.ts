import { formatLocalMinute, toLocalMinute } from "@orrery/scheduler/time/local-minute";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MomentTexts } from "./moment-text.js";

describe("MomentTexts", () => {
  it("writes every moment as formatLocalMinute does, however often it repeats", () => {
    const texts = new MomentTexts();
    const moment = fc.oneof(
      fc.integer({ min: -1e8, max: 1e8 }),
      fc.double({ min: -1e8, max: 1e8, noNaN: true }),
      fc.integer({ min: 0, max: 20 }).map((day) => 29_000_000 + day * 1440 + 480),
    );
    fc.assert(
      fc.property(fc.array(moment, { maxLength: 50 }), (moments) => {
        for (const value of moments)
          expect(texts.of(value)).toBe(formatLocalMinute(toLocalMinute(value)));
      }),
    );
  });

  it("writes nothing for a missing date", () => {
    const texts = new MomentTexts();
    expect(texts.of(undefined)).toBe("");
    expect(texts.of(Number.NaN)).toBe("");
  });
});
