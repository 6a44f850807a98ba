import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatMspdiTimeOfDay,
  parseMspdiDate,
  parseMspdiDateTime,
  parseMspdiTimeOfDay,
} from "./mspdi-dates.js";
import {
  formatMspdiDuration,
  formatMspdiDurationFormat,
  formatMspdiLag,
  parseMspdiDuration,
  parseMspdiDurationFormat,
  parseMspdiLag,
} from "./mspdi-duration.js";

describe("MSPDI codecs", () => {
  it("reads XML durations into minutes, fractions and signs included", () => {
    expect(parseMspdiDuration("PT8H0M0S")).toBe(480);
    expect(parseMspdiDuration("PT4H43M12S")).toBeCloseTo(283.2, 10);
    expect(parseMspdiDuration("-PT1H30M0S")).toBe(-90);
    expect(parseMspdiDuration("P1DT2H")).toBe(1560);
    expect(parseMspdiDuration("8 hours")).toBeUndefined();
  });

  it("reads MS Project's usual PT…H…M…S form to the same minutes as the general form", () => {
    // A leading space sends the text down the general (regular expression) path.
    const digits = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.nat()).map(String);
    fc.assert(
      fc.property(digits, digits, digits, (hours, minutes, seconds) => {
        const text = `PT${hours}H${minutes}M${seconds}S`;
        expect(Object.is(parseMspdiDuration(text), parseMspdiDuration(` ${text}`))).toBe(true);
      }),
    );
    expect(parseMspdiDuration("PT0000000000000000001H0M0S")).toBe(60);
    expect(parseMspdiDuration("PT8H0M")).toBe(480);
    expect(parseMspdiDuration("PTH0M0S")).toBeUndefined();
  });

  it("shares the lag of links without one, and keeps signed zero and percent lags apart", () => {
    expect(parseMspdiLag(0, 7)).toBe(parseMspdiLag(0, 7));
    expect(parseMspdiLag(0, 7)).toEqual({
      kind: "time",
      minutes: 0,
      format: { unit: "days", elapsed: false, estimated: false },
    });
    const signedZero = parseMspdiLag(-0, 7);
    expect(signedZero?.kind === "time" && Object.is(signedZero.minutes, -0)).toBe(true);
    expect(parseMspdiLag(0, 19)).toEqual({ kind: "percent", percent: 0, elapsed: false });
  });

  it("writes durations that read back to the same minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), (tenths) => {
        expect(parseMspdiDuration(formatMspdiDuration(tenths / 10))).toBeCloseTo(tenths / 10, 6);
      }),
    );
  });

  it("maps every duration format code both ways, estimated and null included", () => {
    for (const code of [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 51, 52,
    ]) {
      const format = parseMspdiDurationFormat(code);
      if (format === null || format === undefined) throw new Error(`code ${code} unread`);
      expect(formatMspdiDurationFormat(format)).toBe(code);
    }
    expect(parseMspdiDurationFormat(21)).toBeNull();
    expect(parseMspdiDurationFormat(53)).toBeNull();
    expect(parseMspdiDurationFormat(99)).toBeUndefined();
  });

  it("reads LinkLag in tenths of a minute, except percentages, and writes it back", () => {
    const days = parseMspdiLag(4800, 7);
    expect(days).toEqual({
      kind: "time",
      minutes: 480,
      format: { unit: "days", elapsed: false, estimated: false },
    });
    const percent = parseMspdiLag(-25, 19);
    expect(percent).toEqual({ kind: "percent", percent: -25, elapsed: false });
    if (days === undefined || percent === undefined) throw new Error("unread lag");
    expect(formatMspdiLag(days)).toEqual({ linkLag: 4800, lagFormat: 7 });
    expect(formatMspdiLag(percent)).toEqual({ linkLag: -25, lagFormat: 19 });
  });

  it("reads dates leniently and times of day with midnight as the end of the day", () => {
    expect(parseMspdiDateTime("2024-01-08T08:00:00")).toBe("2024-01-08T08:00:00");
    expect(parseMspdiDateTime("2027-01-04T08:00")).toBe("2027-01-04T08:00:00");
    expect(parseMspdiDateTime("2024-01-08T08:00:00.000+02:00")).toBe("2024-01-08T08:00:00");
    expect(parseMspdiDateTime("yesterday")).toBeUndefined();
    expect(parseMspdiDate("2024-12-25T23:59:00")).toBe("2024-12-25");
    expect(parseMspdiTimeOfDay("00:00:00", true)).toBe(1440);
    expect(parseMspdiTimeOfDay("00:00:00", false)).toBe(0);
    expect(formatMspdiTimeOfDay(1440)).toBe("00:00:00");
    expect(formatMspdiTimeOfDay(780)).toBe("13:00:00");
  });
});
