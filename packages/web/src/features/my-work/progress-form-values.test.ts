import type { MyWorkTask } from "@orrery/contracts/my-work";
import { describe, expect, it } from "vitest";
import { progressErrors, progressValuesOf, toTaskProgress } from "./progress-form-values.js";

const task: MyWorkTask = {
  projectId: "00000000-0000-4000-8000-000000000001",
  projectKey: "APO",
  projectName: "Apollo",
  uid: 3,
  name: "Design",
  wbs: "1",
  milestone: false,
  start: "2027-03-01T08:00:00",
  finish: "2027-03-02T17:00:00",
  durationMinutes: 960,
  percentComplete: 0,
  actualStart: null,
  actualFinish: null,
  remainingDurationMinutes: null,
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  statusDate: null,
  late: false,
  version: 4,
};

describe("progress form", () => {
  it("sends only what changed, dates at the working day's start and end, durations in minutes", () => {
    const values = {
      ...progressValuesOf(task),
      percentComplete: "50%",
      actualStart: "2027-03-01",
      remaining: "1.5d",
    };
    expect(progressErrors(values, task)).toEqual({});
    expect(toTaskProgress(values, task)).toEqual({
      percentComplete: 50,
      actualStart: "2027-03-01T08:00:00",
      remainingDurationMinutes: 720,
    });
    expect(toTaskProgress(progressValuesOf(task), task)).toEqual({});
  });

  it("names the field of each mistake", () => {
    expect(
      progressErrors(
        { percentComplete: "150", actualStart: "", actualFinish: "2027-03-02", remaining: "soon" },
        task,
      ),
    ).toEqual({
      percentComplete: "Type a percentage from 0 to 100",
      actualStart: "An actual finish needs an actual start",
      remaining: "Type a duration such as 3d, 2w, 4h or 3ed",
    });
    expect(
      progressErrors(
        {
          percentComplete: "100",
          actualStart: "2027-03-03",
          actualFinish: "2027-03-02",
          remaining: "",
        },
        task,
      ).actualFinish,
    ).toBe("Actual finish must not be before the actual start");
  });

  it("clears a remaining duration left empty", () => {
    const withRemaining = { ...task, remainingDurationMinutes: 480 };
    expect(progressValuesOf(withRemaining).remaining).toBe("1d");
    expect(
      toTaskProgress({ ...progressValuesOf(withRemaining), remaining: "" }, withRemaining),
    ).toEqual({ remainingDurationMinutes: null });
  });
});
