import { describe, expect, it } from "vitest";
import { calendarDaysInclusive, formatCalendarDate, formatRelative } from "./date-format.js";

describe("formatCalendarDate", () => {
  it("shows the calendar day itself whatever the viewer's zone", () => {
    expect(formatCalendarDate("2027-03-31", "en-GB")).toBe("31 Mar 2027");
    expect(formatCalendarDate("2027-01-01", "en-US")).toBe("Jan 1, 2027");
  });

  it("shows a dash for a missing date", () => {
    expect(formatCalendarDate(null)).toBe("—");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-11-23T12:00:00Z");

  it("uses the largest whole unit", () => {
    expect(formatRelative("2026-11-20T12:00:00Z", now)).toMatch(/3 days ago/);
    expect(formatRelative("2026-11-23T14:00:00Z", now)).toMatch(/in 2 hours/);
  });

  it("calls anything under a minute just now", () => {
    expect(formatRelative("2026-11-23T11:59:30Z", now)).toBe("just now");
  });
});

describe("calendarDaysInclusive", () => {
  it("counts both the start and the finish day", () => {
    expect(calendarDaysInclusive("2027-01-04", "2027-01-04")).toBe(1);
    expect(calendarDaysInclusive("2027-01-01", "2027-12-31")).toBe(365);
  });

  it("is not thrown off by daylight-saving changes", () => {
    expect(calendarDaysInclusive("2027-03-27", "2027-03-29")).toBe(3);
  });
});
