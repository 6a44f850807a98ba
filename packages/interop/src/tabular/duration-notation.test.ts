import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_UNIT_LENGTHS,
  type DurationUnitLengths,
  formatDurationNotation,
  type NotatedDuration,
  parseDurationNotation,
} from "./duration-notation.js";

const lengthsArbitrary: fc.Arbitrary<DurationUnitLengths> = fc.record({
  minutesPerDay: fc.integer({ min: 1, max: 1440 }),
  minutesPerWeek: fc.integer({ min: 1, max: 10080 }),
  daysPerMonth: fc.integer({ min: 1, max: 31 }),
});

/** Durations as the model holds them: whole seconds, any unit, elapsed or not, estimated or not. */
const durationArbitrary: fc.Arbitrary<NotatedDuration> = fc.record({
  minutes: fc.integer({ min: 0, max: 600_000_000 }).map((seconds) => seconds / 60),
  format: fc.record({
    unit: fc.constantFrom("minutes", "hours", "days", "weeks", "months"),
    elapsed: fc.boolean(),
    estimated: fc.boolean(),
  }),
});

describe("duration notation", () => {
  it.each([
    ["3d", 1440, "days", false, false],
    ["2w", 4800, "weeks", false, false],
    ["4h", 240, "hours", false, false],
    ["30m", 30, "minutes", false, false],
    ["3ed", 4320, "days", true, false],
    ["1.5mo", 14400, "months", false, false],
    ["2 days?", 960, "days", false, true],
    ["1,5 d", 720, "days", false, false],
    ["2 EW", 20160, "weeks", true, false],
    ["5", 2400, "days", false, false],
    [".5h", 30, "hours", false, false],
  ] as const)("reads %s as %d minutes in %s", (text, minutes, unit, elapsed, estimated) => {
    expect(parseDurationNotation(text)).toEqual({ minutes, format: { unit, elapsed, estimated } });
  });

  it.each(["", "d", "3x", "-2d", "3 e", "2d??", "1.2.3d", "3 days later", "NaNd"])(
    "refuses %j",
    (text) => {
      expect(parseDurationNotation(text)).toBeUndefined();
    },
  );

  it("counts days, weeks and months with the project's lengths", () => {
    const lengths = { minutesPerDay: 450, minutesPerWeek: 2250, daysPerMonth: 21 };
    expect(parseDurationNotation("2d", lengths)?.minutes).toBe(900);
    expect(parseDurationNotation("1w", lengths)?.minutes).toBe(2250);
    expect(parseDurationNotation("1mo", lengths)?.minutes).toBe(9450);
  });

  it("writes the format's unit with e for elapsed and ? for estimated", () => {
    const days = { unit: "days", elapsed: false, estimated: false } as const;
    expect(formatDurationNotation({ minutes: 1440, format: days })).toBe("3d");
    expect(formatDurationNotation({ minutes: 720, format: days })).toBe("1.5d");
    expect(formatDurationNotation({ minutes: 4320, format: { ...days, elapsed: true } })).toBe(
      "3ed",
    );
    expect(formatDurationNotation({ minutes: 480, format: { ...days, estimated: true } })).toBe(
      "1d?",
    );
    expect(formatDurationNotation({ minutes: 1, format: { ...days, unit: "months" } })).toBe(
      "0.00010417mo",
    );
  });

  it("reads back what it writes, to the second", () => {
    fc.assert(
      fc.property(durationArbitrary, lengthsArbitrary, (duration, lengths) => {
        expect(parseDurationNotation(formatDurationNotation(duration, lengths), lengths)).toEqual(
          duration,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("uses MS Project's default lengths when none are given", () => {
    expect(DEFAULT_UNIT_LENGTHS).toEqual({
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    });
  });
});
