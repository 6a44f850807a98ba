import { describe, expect, it } from "vitest";
import { compilePlan } from "../network/schedule-plan.js";
import { buildProject, DAY } from "../testing/project-builder.js";
import { scheduleOrThrow as schedule } from "../testing/schedule-or-throw.js";
import { formatLocalMinute, toLocalMinute } from "../time/local-minute.js";
import { schedulePlan } from "./schedule.js";

const text = (value: number | undefined) =>
  formatLocalMinute(toLocalMinute(value ?? Number.NaN)).slice(0, 16);

describe("schedulePlan", () => {
  it("starts a successor at the next working morning after its predecessor finishes", () => {
    const { result } = schedule(
      buildProject({ tasks: [{ days: 1 }, { days: 2 }], links: [[0, 1]] }),
    );
    expect(text(result.earlyFinish[0])).toBe("2024-01-08T17:00");
    expect(text(result.earlyStart[1])).toBe("2024-01-09T08:00");
    expect(text(result.earlyFinish[1])).toBe("2024-01-10T17:00");
  });

  it("applies start-to-start, finish-to-finish and start-to-finish links with lags", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 3 }, { days: 1 }, { days: 1 }, { days: 1 }],
        links: [
          [0, 1, "SS", 1],
          [0, 2, "FF"],
          [0, 3, "SF", 2],
        ],
      }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-09T08:00");
    expect(text(result.earlyFinish[2])).toBe("2024-01-10T17:00");
    expect(text(result.earlyFinish[3])).toBe("2024-01-09T17:00");
  });

  it("lets a negative lag overlap the successor with its predecessor", () => {
    const { result } = schedule(
      buildProject({ tasks: [{ days: 5 }, { days: 1 }], links: [[0, 1, "FS", -2]] }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-11T08:00");
  });

  it("keeps a milestone at its predecessor's finish instead of the next morning", () => {
    const { result } = schedule(
      buildProject({ tasks: [{ days: 1 }, { days: 0 }], links: [[0, 1]] }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-08T17:00");
  });

  it("computes total and free float, and marks the longest path critical", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 1 }, { days: 5 }, { days: 2 }, { days: 1 }],
        links: [
          [0, 1],
          [0, 2],
          [1, 3],
          [2, 3],
        ],
      }),
    );
    expect(Array.from(result.totalFloat)).toEqual([0, 0, 3 * DAY, 0]);
    expect(result.freeFloat[2]).toBe(3 * DAY);
    expect(Array.from(result.critical)).toEqual([1, 1, 0, 1]);
  });

  it("holds every task of a summary back by the summary's predecessor", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 2 }, { days: 0 }, { days: 1, parent: 1 }, { days: 3, parent: 1 }],
        links: [[0, 1]],
      }),
    );
    expect(text(result.earlyStart[2])).toBe("2024-01-10T08:00");
    expect(text(result.earlyStart[1])).toBe("2024-01-10T08:00");
    expect(text(result.earlyFinish[1])).toBe("2024-01-12T17:00");
  });

  it.each([
    ["nothing else", undefined],
    ["a far finish-no-later-than date", "FNLT"],
  ] as const)(
    "keeps milestones on a project start that falls on a Sunday (%s)",
    (_, constraint) => {
      const date = constraint === undefined ? undefined : "2024-06-28T17:00";
      const { result } = schedule(
        buildProject({
          start: "2024-01-07T08:00",
          tasks: [{ days: 0, constraint, date }, { days: 0 }, { days: 1 }],
          links: [[0, 1]],
        }),
      );
      expect(text(result.earlyStart[0])).toBe("2024-01-07T08:00");
      expect(text(result.earlyStart[1])).toBe("2024-01-07T08:00");
      expect(text(result.earlyStart[2])).toBe("2024-01-08T08:00");
    },
  );

  it("puts a milestone at the end of a lag's last working day, a task at the next morning", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 1 }, { days: 0 }, { days: 1 }, { days: 0 }],
        links: [
          [0, 1, "FS", 2],
          [0, 2, "FS", 2],
          [0, 3, "SS", 2],
        ],
      }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-10T17:00");
    expect(text(result.earlyStart[2])).toBe("2024-01-11T08:00");
    expect(text(result.earlyStart[3])).toBe("2024-01-09T17:00");
  });

  it("puts a milestone's late date before a lead at the end of the lead's last working day", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 3 }, { days: 0 }, { days: 3 }],
        links: [
          [0, 1],
          [1, 2, "FS", -1],
        ],
      }),
    );
    expect(text(result.earlyStart[2])).toBe("2024-01-10T08:00");
    expect(text(result.lateStart[1])).toBe("2024-01-10T17:00");
    expect(result.totalFloat[1]).toBe(0);
  });

  it("reports negative float when a deadline cannot be met, without moving the task", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 5 }, { days: 2, deadline: "2024-01-12T17:00" }],
        links: [[0, 1]],
      }),
    );
    expect(text(result.earlyFinish[1])).toBe("2024-01-16T17:00");
    expect(result.totalFloat[1]).toBe(-2 * DAY);
    expect(result.critical[1]).toBe(1);
  });

  it("lets a start-no-earlier-than constraint push a task and honours must-start-on over links", () => {
    const { result } = schedule(
      buildProject({
        tasks: [
          { days: 3 },
          { days: 1, constraint: "SNET", date: "2024-01-15T08:00" },
          { days: 1, constraint: "MSO", date: "2024-01-09T08:00" },
        ],
        links: [
          [0, 1],
          [0, 2],
        ],
      }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-15T08:00");
    expect(text(result.earlyStart[2])).toBe("2024-01-09T08:00");
    // The link is broken: the predecessor shows it as negative float.
    expect(result.totalFloat[0]).toBe(-2 * DAY);
  });

  it("lets links win over a must-start-on date when constraints are not honoured", () => {
    const { result } = schedule(
      buildProject({
        honorConstraints: false,
        tasks: [{ days: 3 }, { days: 1, constraint: "MSO", date: "2024-01-09T08:00" }],
        links: [[0, 1]],
      }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-11T08:00");
  });

  it("schedules an as-late-as-possible task at its late dates, without float", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 5 }, { days: 1, constraint: "ALAP" }, { days: 1 }],
        links: [
          [0, 2],
          [1, 2],
        ],
      }),
    );
    expect(text(result.start[1])).toBe("2024-01-12T08:00");
    expect(result.totalFloat[1]).toBe(0);
  });

  it("keeps a manually scheduled task on its typed dates", () => {
    const { result } = schedule(
      buildProject({
        tasks: [
          { days: 3 },
          { days: 1, manual: { start: "2024-01-08T08:00", finish: "2024-01-08T17:00" } },
        ],
        links: [[0, 1]],
      }),
    );
    expect(text(result.start[1])).toBe("2024-01-08T08:00");
  });

  it("never puts a manual summary's late start before its earliest child starts", () => {
    const { result } = schedule(
      buildProject({
        tasks: [
          { days: 10, manual: { start: "2024-01-08T08:00", finish: "2024-01-19T17:00" } },
          { days: 3, parent: 0, manual: { start: "2024-01-10T08:00", finish: "2024-01-12T17:00" } },
          { days: 5, parent: 0, manual: { start: "2024-01-15T08:00", finish: "2024-01-19T17:00" } },
        ],
      }),
    );
    expect(text(result.earlyStart[0])).toBe("2024-01-08T08:00");
    expect(text(result.lateStart[0])).toBe("2024-01-10T08:00");
    expect(text(result.lateFinish[0])).toBe("2024-01-19T17:00");
  });

  it("holds a manual summary's subtasks at its typed start, not at its predecessor's finish", () => {
    const { result } = schedule(
      buildProject({
        tasks: [
          { days: 3 },
          { days: 5, manual: { start: "2024-01-09T08:00", finish: "2024-01-15T17:00" } },
          { days: 4, parent: 1 },
        ],
        links: [[0, 1]],
      }),
    );
    expect(text(result.earlyStart[2])).toBe("2024-01-09T08:00");
    // Where the link would start the summary still bounds its late start (its subtask could
    // start on the 10th).
    expect(text(result.lateStart[1])).toBe("2024-01-11T08:00");
  });

  it("ignores an inactive task and the links through it", () => {
    const { result } = schedule(
      buildProject({ tasks: [{ days: 10, active: false }, { days: 1 }], links: [[0, 1]] }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-08T08:00");
    expect(Number.isNaN(result.earlyStart[0])).toBe(true);
  });

  it("keeps completed work on its actual dates and schedules the rest after a late predecessor", () => {
    const { result } = schedule(
      buildProject({
        tasks: [{ days: 5 }, { days: 4, actualStart: "2024-01-08T08:00", actualMinutes: 2 * DAY }],
        links: [[0, 1]],
      }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-08T08:00");
    expect(text(result.earlyFinish[1])).toBe("2024-01-16T17:00");
  });

  it("reschedules uncompleted work after the status date when asked, splitting started work", () => {
    const input = buildProject({
      tasks: [
        { days: 5, actualStart: "2024-01-08T08:00", actualMinutes: DAY },
        { days: 2 },
        { days: 1 },
        { days: 1, constraint: "MSO", date: "2024-01-09T08:00" },
      ],
      links: [[0, 1]],
    });
    const statusDate = toLocalMinute(input.projectStart + 2 * 1440 + 540);
    const asked = schedule({ ...input, statusDate, scheduleRemainingFromStatusDate: true }).result;
    expect(text(asked.earlyStart[0])).toBe("2024-01-08T08:00");
    expect(text(asked.earlyFinish[0])).toBe("2024-01-16T17:00");
    expect(text(asked.earlyStart[1])).toBe("2024-01-17T08:00");
    expect(text(asked.earlyStart[2])).toBe("2024-01-11T08:00");
    // A task a date constraint holds stays where the constraint puts it.
    expect(text(asked.earlyStart[3])).toBe("2024-01-09T08:00");
    const notAsked = schedule({ ...input, statusDate }).result;
    expect(text(notAsked.earlyFinish[0])).toBe("2024-01-12T17:00");
    expect(text(notAsked.earlyStart[2])).toBe("2024-01-08T08:00");
  });

  it("keeps a leveled chain critical: predecessors see a delayed task's late start less its delay", () => {
    const input = buildProject({ tasks: [{ days: 1 }, { days: 1 }], links: [[0, 1]] });
    const [first, delayed] = input.tasks;
    if (first === undefined || delayed === undefined) throw new Error("two tasks");
    const tasks = [first, { ...delayed, levelingDelay: 2 * 1440, levelingDelayElapsed: true }];
    const { result } = schedule({ ...input, tasks });
    expect(text(result.earlyStart[1])).toBe("2024-01-11T08:00");
    expect(text(result.lateStart[1])).toBe("2024-01-11T08:00");
    expect(text(result.lateFinish[0])).toBe("2024-01-08T17:00");
    expect(result.totalFloat[0]).toBe(0);
    expect(result.critical[0]).toBe(1);
  });

  it("bounds the predecessor of a manual task in progress by where its remaining work resumes", () => {
    const { result } = schedule(
      buildProject({
        tasks: [
          { days: 1 },
          {
            days: 3,
            manual: { start: "2024-01-08T08:00", finish: "2024-01-10T17:00" },
            actualStart: "2024-01-08T08:00",
            actualMinutes: 2 * DAY,
          },
        ],
        links: [[0, 1]],
      }),
    );
    expect(text(result.lateFinish[0])).toBe("2024-01-09T17:00");
    expect(result.totalFloat[0]).toBe(DAY);
  });

  it("returns the tasks of a loop instead of scheduling it", () => {
    const outcome = compilePlan(
      buildProject({
        tasks: [{ days: 1 }, { days: 1 }, { days: 1 }],
        links: [
          [0, 1],
          [1, 2],
          [2, 0],
        ],
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== "cycle") throw new Error("expected a cycle");
    expect([...outcome.cycle].sort()).toEqual([1, 2, 3]);
  });

  it("reports a calendar without working time instead of hanging", () => {
    const input = buildProject({ tasks: [{ days: 1 }] });
    const never = {
      name: "Never",
      week: Array.from({ length: 7 }, () => []),
      exceptions: [],
      workWeeks: [],
    };
    const compiled = compilePlan({ ...input, calendars: [never] });
    if (!compiled.ok) throw new Error(compiled.message);
    const outcome = schedulePlan(compiled.plan);
    expect(outcome.ok).toBe(false);
  });

  it("schedules from the finish when asked, ending the plan on the project finish", () => {
    const input = buildProject({
      tasks: [
        { days: 2, constraint: "ALAP" },
        { days: 3, constraint: "ALAP" },
      ],
      links: [[0, 1]],
    });
    const { result } = schedule({
      ...input,
      scheduleFrom: "finish",
      projectFinish: toLocalMinute(input.projectStart + 14 * 1440 + 540),
    });
    expect(text(result.finish[1])).toBe("2024-01-22T17:00");
    expect(text(result.start[0])).toBe("2024-01-16T08:00");
  });
});
