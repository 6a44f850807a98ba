import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkingTime } from "../calendar/working-time.js";
import type { LinkInput, LinkType, ScheduleInput } from "../network/schedule-input.js";
import { compilePlan, type SchedulePlan } from "../network/schedule-plan.js";
import { randomNetwork, roundTheClockCalendar } from "../testing/project-builder.js";
import { toLocalMinute } from "../time/local-minute.js";
import { type ScheduleResult, schedulePlan } from "./schedule.js";

function scheduled(input: ScheduleInput): { plan: SchedulePlan; result: ScheduleResult } {
  const compiled = compilePlan(input);
  if (!compiled.ok) throw new Error(compiled.message);
  const result = schedulePlan(compiled.plan);
  if (!result.ok) throw new Error(result.message);
  return { plan: compiled.plan, result };
}

const networkArbitrary = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  tasks: fc.integer({ min: 2, max: 60 }),
  summaries: fc.boolean(),
  mixedLinks: fc.boolean(),
});

const FIELDS = [
  "earlyStart",
  "earlyFinish",
  "lateStart",
  "lateFinish",
  "totalFloat",
  "freeFloat",
  "critical",
] as const;

function expectSameSchedule(actual: ScheduleResult, expected: ScheduleResult): void {
  expect(actual.projectFinish).toBe(expected.projectFinish);
  for (const field of FIELDS)
    expect(Array.from(actual[field]), field).toEqual(Array.from(expected[field]));
}

describe("schedule properties on random networks", () => {
  it("satisfies every link: no successor starts or finishes before its link allows", () => {
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const { plan, result } = scheduled(randomNetwork(options.seed, options));
        const calendar = plan.calendars[0];
        if (calendar === undefined) throw new Error("no calendar");
        for (const link of plan.input.links) {
          const lag = link.lag ?? 0;
          const from =
            link.type === "FS" || link.type === "FF"
              ? result.earlyFinish[link.from]
              : result.earlyStart[link.from];
          const to =
            link.type === "FS" || link.type === "SS"
              ? result.earlyStart[link.to]
              : result.earlyFinish[link.to];
          expect(calendar.between(from ?? 0, to ?? 0)).toBeGreaterThanOrEqual(lag);
        }
      }),
    );
  });

  it("never gives negative float without a constraint or deadline", () => {
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const { plan, result } = scheduled(randomNetwork(options.seed, options));
        for (let t = 0; t < plan.taskCount; t++)
          expect(result.totalFloat[t]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("forms a chain of critical tasks from the project start to its finish", () => {
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const { plan, result } = scheduled(
          randomNetwork(options.seed, { ...options, summaries: false }),
        );
        const critical = (t: number) => result.critical[t] === 1;
        const calendar = plan.calendars[0];
        if (calendar === undefined) throw new Error("no calendar");
        // Float is working time: a task finishing at 17:00 is at the finish of a project that
        // ends with a milestone at 08:00 the next working day (seed 1069184894, 3 tasks).
        const workingTimeBetween = (from: number | undefined, to: number | undefined) =>
          calendar.between(from ?? 0, to ?? 0);
        const start = plan.input.projectStart;
        for (let t = 0; t < plan.taskCount; t++) {
          if (!critical(t)) continue;
          const hasCriticalPredecessor = plan.input.links.some(
            (l) => l.to === t && critical(l.from),
          );
          const hasCriticalSuccessor = plan.input.links.some((l) => l.from === t && critical(l.to));
          expect(
            hasCriticalPredecessor || workingTimeBetween(start, result.earlyStart[t]) === 0,
          ).toBe(true);
          expect(
            hasCriticalSuccessor ||
              workingTimeBetween(result.earlyFinish[t], result.projectFinish) === 0,
          ).toBe(true);
        }
        expect(
          Array.from(result.earlyFinish).some((f, t) => f === result.projectFinish && critical(t)),
        ).toBe(true);
      }),
      { examples: [[{ seed: 1069184894, tasks: 3, summaries: false, mixedLinks: true }]] },
    );
  });

  it("gives the same schedule when scheduled twice", () => {
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const input = randomNetwork(options.seed, options);
        expectSameSchedule(scheduled(input).result, scheduled(input).result);
      }),
    );
  });

  it("mirrors a schedule from the start when scheduling the reversed network from the finish", () => {
    const mirrorType: Record<LinkType, LinkType> = { FS: "FS", SS: "FF", FF: "SS", SF: "SF" };
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const forward = randomNetwork(options.seed, {
          ...options,
          summaries: false,
          calendar: roundTheClockCalendar(),
        });
        const { result } = scheduled(forward);
        // A task driven only by a lead may start before the project start (as in MS Project),
        // while nothing finishes after the project finish; such networks are not mirror images.
        fc.pre(Array.from(result.earlyStart).every((start) => start >= forward.projectStart));
        const anchor = forward.projectStart + result.projectFinish;
        const links: LinkInput[] = forward.links.map((l) => ({
          ...l,
          from: l.to,
          to: l.from,
          type: mirrorType[l.type],
        }));
        const tasks = forward.tasks.map((task) => ({
          ...task,
          constraint: { type: "ALAP" as const },
        }));
        const backward = scheduled({
          ...forward,
          tasks,
          links,
          scheduleFrom: "finish",
          projectFinish: toLocalMinute(anchor - forward.projectStart),
        });
        for (let t = 0; t < forward.tasks.length; t++) {
          expect(backward.result.lateFinish[t]).toBe(anchor - (result.earlyStart[t] ?? 0));
          expect(backward.result.lateStart[t]).toBe(anchor - (result.earlyFinish[t] ?? 0));
        }
      }),
    );
  });

  it("schedules tasks under rules that change nothing exactly as plain tasks", () => {
    fc.assert(
      fc.property(networkArbitrary, (options) => {
        const input = randomNetwork(options.seed, options);
        const plain = scheduled(input);
        // A finish-no-later-than date and a deadline far beyond the plan take every task
        // through the general rules of both passes, and change no date.
        const far = toLocalMinute(input.projectStart + 5 * 365 * 1440);
        const tasks = input.tasks.map((task) => ({
          ...task,
          constraint: { type: "FNLT" as const, date: far },
          deadline: far,
        }));
        const ruled = scheduled({ ...input, tasks });
        expectSameSchedule(ruled.result, plain.result);
        for (const field of ["start", "finish"] as const)
          expect(Array.from(ruled.result[field])).toEqual(Array.from(plain.result[field]));
      }),
    );
  });

  it("counts working time on the calendar consistently both ways", () => {
    const calendar = new WorkingTime([roundTheClockCalendar()], 0, 20000);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        (moment, work) => {
          expect(calendar.add(28_800_000 + moment, work, "finish")).toBe(
            28_800_000 + moment + work,
          );
        },
      ),
    );
  });
});
