// Rules learned from MS Project's own schedules in the .mpp part of the corpus (see
// docs/scheduling.md, rules 4a, 10a, 13, 13b, 13c, 15 and 15a), each on the smallest plan that shows it.
import { describe, expect, it } from "vitest";
import type { CalendarSpec } from "../calendar/calendar-spec.js";
import type { ScheduleInput, TaskInput } from "../network/schedule-input.js";
import { buildProject, DAY, standardCalendar } from "../testing/project-builder.js";
import { scheduleOrThrow } from "../testing/schedule-or-throw.js";
import { formatLocalMinute, toLocalMinute } from "../time/local-minute.js";

const text = (value: number | undefined) =>
  formatLocalMinute(toLocalMinute(value ?? Number.NaN)).slice(0, 16);

/** `input` with task `index` changed by `change`. */
function withTask(
  input: ScheduleInput,
  index: number,
  change: Partial<Omit<TaskInput, "key">>,
): ScheduleInput {
  return {
    ...input,
    tasks: input.tasks.map((task, t) => (t === index ? { ...task, ...change } : task)),
  };
}

describe("rules learned from the .mpp corpus", () => {
  it("hands no start-to-start bound of a summary down to its subtasks", () => {
    // Phase (0) spans a 2-day and a 5-day task; an SS successor pinned to the phase's first day
    // bounds the phase's start, which its 5-day task meets: the 2-day task keeps its float.
    const input = buildProject({
      tasks: [
        { days: 0 },
        { days: 2, parent: 0 },
        { days: 5, parent: 0 },
        { days: 1, constraint: "MSO", date: "2024-01-08T08:00" },
      ],
      links: [[0, 3, "SS"]],
    });
    const { result } = scheduleOrThrow(input);
    expect(text(result.lateFinish[1])).toBe("2024-01-12T17:00");
    expect(result.totalFloat[1]).toBe(3 * DAY);
    expect(result.totalFloat[2]).toBe(0);
  });

  it("schedules a task flagged as a milestone but with a duration as a task", () => {
    const input = buildProject({ tasks: [{ days: 1 }, { days: 1 }], links: [[0, 1]] });
    const { result } = scheduleOrThrow(withTask(input, 1, { milestone: true }));
    expect(text(result.earlyStart[1])).toBe("2024-01-09T08:00");
    expect(text(result.earlyFinish[1])).toBe("2024-01-09T17:00");
  });

  it("keeps a milestone on its start-no-earlier-than date between working periods", () => {
    // A Sunday-morning SNET date: the milestone stays on it, a task starts on Monday.
    const { result } = scheduleOrThrow(
      buildProject({
        tasks: [
          { days: 0, constraint: "SNET", date: "2024-01-14T08:00" },
          { days: 1, constraint: "SNET", date: "2024-01-14T08:00" },
        ],
      }),
    );
    expect(text(result.earlyStart[0])).toBe("2024-01-14T08:00");
    expect(text(result.earlyStart[1])).toBe("2024-01-15T08:00");
  });

  it("gives no free float to a predecessor whose successor waits for a leveling delay", () => {
    const input = buildProject({ tasks: [{ days: 1 }, { days: 1 }], links: [[0, 1]] });
    const { result } = scheduleOrThrow(
      withTask(input, 1, { levelingDelay: 2 * DAY, levelingDelayElapsed: false }),
    );
    expect(text(result.earlyStart[1])).toBe("2024-01-11T08:00");
    expect(result.freeFloat[0]).toBe(0);
    expect(result.totalFloat[0]).toBe(0);
  });

  it("spans a summary's late dates over a manual subtask's typed dates", () => {
    // The manual kick-off (typed on the first day, nothing after it) would have its late dates
    // at the project's end; the phase's late start is its typed start.
    const input = buildProject({
      tasks: [
        { days: 0 },
        { days: 2, parent: 0 },
        { parent: 0, manual: { start: "2024-01-08T08:00", finish: "2024-01-08T17:00" } },
        { days: 5 },
      ],
    });
    const { result } = scheduleOrThrow(input);
    expect(text(result.lateStart[2])).toBe("2024-01-12T08:00");
    expect(text(result.lateStart[0])).toBe("2024-01-08T08:00");
    expect(text(result.lateFinish[0])).toBe("2024-01-12T17:00");
  });

  it("gives a manual summary typed over its subtasks' span an automatic summary's late dates", () => {
    const phase = (finish: string) =>
      buildProject({
        tasks: [
          { manual: { start: "2024-01-08T08:00", finish } },
          { days: 2, parent: 0 },
          { days: 5 },
        ],
      });
    // Typed over its subtask's two days: late dates are the subtask's, at the project's end.
    const spanning = scheduleOrThrow(phase("2024-01-09T17:00")).result;
    expect(text(spanning.lateStart[0])).toBe("2024-01-11T08:00");
    expect(text(spanning.lateFinish[0])).toBe("2024-01-12T17:00");
    // Typed a day longer than its subtask: its typed finish is its late finish.
    const apart = scheduleOrThrow(phase("2024-01-10T17:00")).result;
    expect(text(apart.lateFinish[0])).toBe("2024-01-10T17:00");
  });

  it("starts a manual summary no earlier than its subtasks' earliest late start", () => {
    // Typed from Monday, its one-day subtask can wait until Friday: so can the summary, and its
    // predecessor keeps the float.
    const { result } = scheduleOrThrow(
      buildProject({
        tasks: [
          { days: 1 },
          { manual: { start: "2024-01-09T08:00", finish: "2024-01-12T17:00" } },
          { days: 1, parent: 1 },
        ],
        links: [[0, 1]],
      }),
    );
    expect(text(result.lateStart[2])).toBe("2024-01-12T08:00");
    expect(text(result.lateStart[1])).toBe("2024-01-12T08:00");
    expect(result.totalFloat[0]).toBe(3 * DAY);
  });

  it("schedules on the common time of intersected calendars and counts float on the first", () => {
    const sixDays: CalendarSpec = {
      ...standardCalendar(),
      name: "6 days",
      week: [[], ...Array.from({ length: 6 }, () => standardCalendar().week[1] ?? [])],
    };
    const common: CalendarSpec = { ...standardCalendar(), name: "6 days ∩ Standard" };
    const base = buildProject({
      tasks: [{ days: 2 }, { days: 1 }, { days: 5 }],
      start: "2024-01-12T08:00",
    });
    const input: ScheduleInput = {
      ...base,
      calendars: [standardCalendar(), sixDays, { ...common, intersectionOf: [1, 0] }],
      tasks: base.tasks.map((task, t) => (t < 2 ? { ...task, calendar: 2 } : task)),
    };
    const { result } = scheduleOrThrow(input);
    // Friday, then Monday: the six-day calendar's Saturday is not the resources'.
    expect(text(result.earlyFinish[0])).toBe("2024-01-15T17:00");
    // Late dates on the common time (Thursday), float on the six-day calendar: Saturday counts.
    expect(text(result.lateStart[1])).toBe("2024-01-18T08:00");
    expect(result.totalFloat[1]).toBe(5 * DAY);
  });
});
