import { describe, expect, it } from "vitest";
import { settingsErrors, toPlanUpdate } from "./plan-settings-modal.js";

describe("schedule settings", () => {
  it("starts the project at 08:00 and reads the status date as the end of its day", () => {
    expect(
      toPlanUpdate({
        start: "2027-03-01",
        statusDate: "2027-03-12",
        honorConstraints: true,
        calendarUid: "2",
      }),
    ).toEqual({
      start: "2027-03-01T08:00:00",
      statusDate: "2027-03-12T17:00:00",
      honorConstraints: true,
      calendarUid: 2,
    });
    const noCalendar = toPlanUpdate({
      start: "2027-03-01",
      statusDate: "",
      honorConstraints: false,
      calendarUid: "",
    });
    expect(noCalendar.statusDate).toBeNull();
    expect(noCalendar).not.toHaveProperty("calendarUid");
  });

  it("names the field that is missing or wrong", () => {
    expect(
      settingsErrors({ start: "", statusDate: "", honorConstraints: true, calendarUid: "1" }),
    ).toEqual({
      start: "Project start is required",
    });
    expect(
      settingsErrors({
        start: "2027-03-01",
        statusDate: "12/03",
        honorConstraints: true,
        calendarUid: "1",
      }),
    ).toEqual({
      statusDate: "Status date is not a date",
    });
  });
});
