import { describe, expect, it } from "vitest";
import { CalendarException } from "./calendars.js";
import { LocalDateTime } from "./local-date-time.js";
import { LinkCreate, TaskBatch, TaskCreate } from "./plans.js";

describe("LocalDateTime", () => {
  it("adds missing seconds and refuses a zone or a date that is not one", () => {
    expect(LocalDateTime.parse("2027-03-01T08:00")).toBe("2027-03-01T08:00:00");
    for (const bad of ["2027-03-01T08:00:00Z", "2027-02-30T08:00:00x", "2027-13-01T08:00:00"])
      expect(LocalDateTime.safeParse(bad).success, bad).toBe(false);
  });
});

describe("TaskBatch", () => {
  it("names the operation and field of a bad operation", () => {
    const result = TaskBatch.safeParse({
      operations: [
        { op: "create", task: { name: "Design" } },
        { op: "update", uid: 2, patch: { durationMinutes: -5 } },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(["operations", 1, "patch", "durationMinutes"]);
  });

  it("refuses an empty batch and an unknown operation", () => {
    expect(TaskBatch.safeParse({ operations: [] }).success).toBe(false);
    expect(TaskBatch.safeParse({ operations: [{ op: "move", uid: 1 }] }).success).toBe(false);
  });
});

describe("TaskCreate", () => {
  it("needs only a name", () => {
    expect(TaskCreate.parse({ name: " Build " })).toEqual({ name: "Build" });
    expect(TaskCreate.safeParse({ name: "" }).error?.issues[0]?.message).toBe("is required");
  });
});

describe("LinkCreate", () => {
  it("defaults to finish-to-start without lag and refuses a task linked to itself", () => {
    expect(LinkCreate.parse({ predecessorUid: 1, successorUid: 2 })).toMatchObject({
      type: "FS",
      lag: { kind: "time", minutes: 0 },
    });
    expect(
      LinkCreate.safeParse({ predecessorUid: 3, successorUid: 3 }).error?.issues[0]?.path,
    ).toEqual(["successorUid"]);
  });
});

describe("CalendarException", () => {
  it("is a single day off unless told otherwise, and ends no earlier than it starts", () => {
    expect(
      CalendarException.parse({ fromDate: "2027-12-25", toDate: "2027-12-25", working: false }),
    ).toMatchObject({ recurrence: { kind: "daily", everyDays: 1 }, workingTimes: [] });
    const backwards = CalendarException.safeParse({
      fromDate: "2027-12-26",
      toDate: "2027-12-25",
      working: false,
    });
    expect(backwards.error?.issues[0]?.path).toEqual(["toDate"]);
  });
});
