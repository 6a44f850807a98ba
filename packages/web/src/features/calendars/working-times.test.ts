import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWorkingTimes, parseWorkingTimes } from "./working-times.js";

describe("parseWorkingTimes", () => {
  it("reads ranges with dashes or hyphens, whole hours too", () => {
    expect(parseWorkingTimes("08:00–12:00, 13:00-17:00")).toEqual({
      ok: true,
      ranges: [
        { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
        { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
      ],
    });
    expect(parseWorkingTimes("20-24")).toEqual({
      ok: true,
      ranges: [{ fromMinuteOfDay: 1200, toMinuteOfDay: 1440 }],
    });
  });

  it("says what is wrong: empty, unreadable, backwards, overlapping, past midnight", () => {
    const error = (text: string) => {
      const parsed = parseWorkingTimes(text);
      return parsed.ok ? null : parsed.error;
    };
    expect(error("")).toMatch(/Enter the working hours/);
    expect(error("morning")).toMatch(/"morning" is not a range/);
    expect(error("12:00–08:00")).toMatch(/ends before it starts/);
    expect(error("08:00–12:00, 11:00–13:00")).toMatch(/overlaps/);
    expect(error("08:00–25:00")).toMatch(/not a time of day/);
    expect(error("08:75–09:00")).toMatch(/not a time of day/);
  });

  it("reads back what it writes", () => {
    const ranges = fc
      .uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 12 })
      .map((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const out: { fromMinuteOfDay: number; toMinuteOfDay: number }[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2)
          out.push({ fromMinuteOfDay: sorted[i] ?? 0, toMinuteOfDay: sorted[i + 1] ?? 0 });
        return out;
      });
    fc.assert(
      fc.property(ranges, (r) => {
        expect(parseWorkingTimes(formatWorkingTimes(r))).toEqual({ ok: true, ranges: r });
      }),
    );
  });
});
