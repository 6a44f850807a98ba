import { describe, expect, it } from "vitest";
import { windowDates } from "./milestone-window.js";

describe("milestone windows", () => {
  it("spans a month back to 90 days ahead, the calendar year, or everything", () => {
    expect(windowDates("quarter", "2026-11-23")).toEqual({ from: "2026-10-24", to: "2027-02-21" });
    expect(windowDates("year", "2026-11-23")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(windowDates("all", "2026-11-23")).toEqual({});
  });
});
