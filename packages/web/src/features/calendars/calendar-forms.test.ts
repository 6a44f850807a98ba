import { describe, expect, it } from "vitest";
import {
  describeRecurrence,
  exceptionErrors,
  exceptionOf,
  exceptionValuesOf,
} from "./exception-form-values.js";
import { weekDaysOf, weekValuesOf } from "./week-form-values.js";

describe("exception form", () => {
  it("makes a one-day holiday by default", () => {
    const values = exceptionValuesOf(null, "2027-03-03");
    expect(exceptionErrors(values)).toEqual({});
    expect(exceptionOf({ ...values, name: " Founders' day " })).toEqual({
      name: "Founders' day",
      fromDate: "2027-03-03",
      toDate: "2027-03-03",
      recurrence: { kind: "daily", everyDays: 1 },
      working: false,
      workingTimes: [],
    });
  });

  it("reads back an exception it wrote, recurrence and occurrences included", () => {
    const exception = {
      name: "Stocktake",
      fromDate: "2027-01-01",
      toDate: "2029-12-31",
      recurrence: {
        kind: "yearlyByPosition" as const,
        month: 5,
        position: "last" as const,
        day: 5,
      },
      occurrences: 3,
      working: true,
      workingTimes: [{ fromMinuteOfDay: 480, toMinuteOfDay: 720 }],
    };
    expect(exceptionOf(exceptionValuesOf(exception, "2027-01-01"))).toEqual(exception);
    expect(describeRecurrence(exception.recurrence)).toBe("Yearly on the last Friday of May");
  });

  it("names each field that is wrong", () => {
    const values = exceptionValuesOf(null, "2027-03-03");
    expect(
      exceptionErrors({
        ...values,
        toDate: "2027-03-01",
        working: true,
        hours: "17:00–08:00",
        repeat: "weekly",
        days: [],
        every: 0,
        occurrences: "1.5",
      }),
    ).toEqual({
      toDate: "To is before From",
      hours: '"17:00–08:00" ends before it starts',
      every: "A whole number from 1 to 1000",
      days: "Choose at least one day",
      occurrences: "A whole number from 1 to 10000, or empty",
    });
    expect(describeRecurrence({ kind: "weekly", everyWeeks: 2, days: [1, 3] })).toBe(
      "Every 2 weeks on Mon, Wed",
    );
  });
});

describe("week form", () => {
  it("keeps undefined days undefined and reports the day whose hours do not read", () => {
    const values = weekValuesOf([{ day: 6, working: false, workingTimes: [] }]);
    expect(values[6]?.mode).toBe("off");
    expect(values[1]?.mode).toBe("inherit");
    expect(weekDaysOf(values)).toEqual({
      ok: true,
      weekDays: [{ day: 6, working: false, workingTimes: [] }],
    });
    const bad = values.map((v, day) =>
      day === 2 ? { mode: "working" as const, hours: "9 to 5" } : v,
    );
    expect(weekDaysOf(bad)).toEqual({
      ok: false,
      errors: { 2: '"9 to 5" is not a range such as 08:00–12:00' },
    });
  });
});
