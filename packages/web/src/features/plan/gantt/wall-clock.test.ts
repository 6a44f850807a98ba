import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startOfMonth, startOfWeek, wallFields, wallMinute, wallText } from "./wall-clock.js";

const minutes = fc.integer({ min: 0, max: 100 * 365 * 24 * 60 });
const pad = (n: number) => String(n).padStart(2, "0");

describe("wall-clock minutes", () => {
  it("reads what it writes, to the minute, whatever the viewer's zone", () => {
    fc.assert(
      fc.property(minutes, (m) => {
        const at = wallFields(m);
        const text = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:00`;
        expect(wallMinute(text)).toBe(m);
        expect(wallText(m)).toBe(text);
      }),
    );
  });

  it("agrees with Date.UTC on any fields, the impossible ones (30 February) refused", () => {
    // Each field up to one past its range, and now and then any two digits.
    const field = (max: number) =>
      fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0, max }) },
        fc.integer({ min: 0, max: 99 }),
      );
    const year = fc.integer({ min: 100, max: 9999 });
    fc.assert(
      fc.property(year, field(13), field(32), field(24), field(60), (y, mo, d, h, mi) => {
        const text = `${String(y).padStart(4, "0")}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
        const at = new Date(Date.UTC(y, mo - 1, d, h, mi));
        const real =
          at.getUTCFullYear() === y &&
          at.getUTCMonth() === mo - 1 &&
          at.getUTCDate() === d &&
          at.getUTCHours() === h &&
          at.getUTCMinutes() === mi;
        expect(wallMinute(text)).toBe(real ? at.getTime() / 60_000 : null);
        expect(wallMinute(`${text}:00`)).toBe(real ? at.getTime() / 60_000 : null);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses what is not a wall-clock date-time", () => {
    for (const text of [
      "",
      "2026-11-23",
      "2026-11-23T08:00:00Z",
      "tomorrow",
      "2026-13-01T00:00",
      "2026-02-30T08:00",
      "2026-11-23T24:00",
      "2026-11-23T08:00:0x",
      "2026-11-23T08:00Z00",
      "2026-1a-23T08:00",
      "+2026-11-23T08:00",
    ])
      expect(wallMinute(text), text).toBeNull();
  });

  it("finds the Monday that starts a week and the first of a month", () => {
    fc.assert(
      fc.property(minutes, fc.integer({ min: -24, max: 24 }), (m, months) => {
        const monday = startOfWeek(m);
        expect(wallFields(monday).getUTCDay()).toBe(1);
        expect(monday).toBeLessThanOrEqual(m);
        expect(m - monday).toBeLessThan(7 * 24 * 60);
        const first = wallFields(startOfMonth(m, months));
        expect(first.getUTCDate()).toBe(1);
        expect(first.getUTCHours()).toBe(0);
        const at = wallFields(m);
        const expected = at.getUTCFullYear() * 12 + at.getUTCMonth() + months;
        expect(first.getUTCFullYear() * 12 + first.getUTCMonth()).toBe(expected);
      }),
    );
  });
});
