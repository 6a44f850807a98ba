import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MINUTES_PER_DAY, wallMinute, wallText } from "./gantt/wall-clock.js";
import { formatWallDate } from "./plan-format.js";
import { parseStartDay } from "./start-day.js";

const day = (text: string) => wallMinute(`${text}T00:00`);

describe("typing a start into the grid", () => {
  it("reads back every day of this century the grid shows, at its midnight", () => {
    // The grid writes two-digit years, read as 20YY: 2000-01-01 to 2099-12-31.
    const days = fc.integer({ min: 10_957, max: 47_481 }).map((d) => d * MINUTES_PER_DAY);
    fc.assert(
      fc.property(days, (midnight) => {
        expect(parseStartDay(formatWallDate(wallText(midnight + 480)))).toEqual({
          ok: true,
          value: midnight,
        });
      }),
    );
  });

  it("takes ISO dates and whole month names and years, and refuses what is not a day", () => {
    expect(parseStartDay("2027-03-12")).toEqual({ ok: true, value: day("2027-03-12") });
    expect(parseStartDay(" 12 March 2027 ")).toEqual({ ok: true, value: day("2027-03-12") });
    expect(parseStartDay("1 sep 27")).toEqual({ ok: true, value: day("2027-09-01") });
    for (const text of ["", "soon", "31 Feb 27", "2027-13-01", "12 Foo 27", "12 Mar"])
      expect(parseStartDay(text), text).toEqual({
        ok: false,
        message: "Type a date such as 12 Mar 27 or 2027-03-12",
      });
  });
});
