import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarSpec, DEFAULT_WEEK } from "../calendar/calendar-spec.js";
import type { ScheduleEdit } from "../network/plan-edit.js";
import type { ScheduleInput } from "../network/schedule-input.js";
import { compilePlan, type SchedulePlan } from "../network/schedule-plan.js";
import { DAY, randomNetwork, seededRandom } from "../testing/project-builder.js";
import { randomEdit, randomRuleNetwork } from "../testing/rule-network.js";
import { dayNumberOf, type LocalMinute, toWorkingMinutes } from "../time/local-minute.js";
import { applyEdit, applyEditInPlace } from "./incremental.js";
import { type ScheduleResult, schedulePlan } from "./schedule.js";

function scheduled(
  input: ScheduleInput,
): { plan: SchedulePlan; result: ScheduleResult } | undefined {
  const compiled = compilePlan(input);
  if (!compiled.ok) return undefined;
  const result = schedulePlan(compiled.plan);
  return result.ok ? { plan: compiled.plan, result } : undefined;
}

/** The Standard week or evenings (16:00–24:00) on weekdays, with holidays (days from 2024-01-08). */
function calendarWith(evenings: boolean, holidays: readonly number[]): CalendarSpec {
  const evening = [{ from: 960, to: 1440 }];
  return {
    name: evenings ? "Evenings" : "Standard",
    week: evenings ? DEFAULT_WEEK.map((hours) => (hours?.length ? evening : [])) : DEFAULT_WEEK,
    exceptions: holidays.map((offset) => ({
      fromDay: dayNumberOf(2024, 1, 8) + offset,
      toDay: dayNumberOf(2024, 1, 8) + offset,
      recurrence: { kind: "daily", everyDays: 1 },
      hours: [],
    })),
    workWeeks: [],
  };
}

const FIELDS = [
  "start",
  "finish",
  "earlyStart",
  "earlyFinish",
  "lateStart",
  "lateFinish",
  "totalFloat",
  "freeFloat",
  "critical",
] as const;

function snapshot(result: ScheduleResult): number[][] {
  return FIELDS.map((field) => Array.from(result[field]));
}

function expectSameSchedule(actual: ScheduleResult, expected: ScheduleResult): void {
  expect(actual.projectStart).toBe(expected.projectStart);
  expect(actual.projectFinish).toBe(expected.projectFinish);
  for (const field of FIELDS)
    expect(Array.from(actual[field]), field).toEqual(Array.from(expected[field]));
}

const chains = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  tasks: fc.integer({ min: 2, max: 45 }),
  edits: fc.integer({ min: 1, max: 5 }),
});

describe("incremental rescheduling", () => {
  it("gives a full schedule's result after every kind of edit, on plans with every rule", () => {
    fc.assert(
      fc.property(chains, ({ seed, tasks, edits }) => {
        let current = scheduled(randomRuleNetwork(seed, tasks));
        if (current === undefined) return;
        const random = seededRandom(seed * 7919);
        for (let k = 0; k < edits; k++) {
          const edit = randomEdit(random, current.plan);
          // Both ways, one after the other: the copying edit and the one that takes over.
          const apply = k % 2 === 0 ? applyEdit : applyEditInPlace;
          const next = apply(current.plan, current.result, edit);
          if (!next.ok) return; // a loop or a calendar without working time is refused
          const full = schedulePlan(next.plan);
          if (!full.ok) throw new Error(full.message);
          expectSameSchedule(next.result, full);
          current = { plan: next.plan, result: next.result };
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives a full schedule's result on plans with summaries typed over their subtasks' span and intersected calendars", () => {
    fc.assert(
      fc.property(chains, ({ seed, tasks, edits }) => {
        const input = randomRuleNetwork(seed, tasks);
        const first = scheduled(input);
        if (first === undefined) return;
        const random = seededRandom(seed * 31);
        // Manual summaries typed exactly over their subtasks' span (rule 13 of the docs), and
        // tasks on the intersection of two calendars (their float counted on the first).
        const varied: ScheduleInput = {
          ...input,
          calendars: [...input.calendars, { ...calendarWith(true, []), intersectionOf: [1, 0] }],
          tasks: input.tasks.map((task, t) => {
            const typed =
              first.plan.summary[t] === 1 && random() < 0.5
                ? {
                    manual: true,
                    manualStart: first.result.earlyStart[t] as LocalMinute,
                    manualFinish: first.result.earlyFinish[t] as LocalMinute,
                  }
                : {};
            const calendar = random() < 0.2 ? { calendar: input.calendars.length } : {};
            return { ...task, ...typed, ...calendar };
          }),
        };
        let current = scheduled(varied);
        if (current === undefined) return;
        for (let k = 0; k < edits; k++) {
          const edit = randomEdit(random, current.plan);
          const next = applyEditInPlace(current.plan, current.result, edit);
          if (!next.ok) return;
          const full = schedulePlan(next.plan);
          if (!full.ok) throw new Error(full.message);
          expectSameSchedule(next.result, full);
          current = { plan: next.plan, result: next.result };
        }
      }),
      { numRuns: 200 },
    );
  });

  it("leaves the previous plan's schedule as it was when copying", () => {
    fc.assert(
      fc.property(chains, ({ seed, tasks }) => {
        const current = scheduled(randomRuleNetwork(seed, tasks));
        if (current === undefined) return;
        const before = snapshot(current.result);
        applyEdit(current.plan, current.result, randomEdit(seededRandom(seed), current.plan));
        expect(snapshot(current.result)).toEqual(before);
      }),
    );
  });

  it("moves late dates with the project finish exactly as a full schedule does", () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          tasks: fc.integer({ min: 2, max: 80 }),
          mixedLinks: fc.boolean(),
          days: fc.integer({ min: -3, max: 5 }),
          evenings: fc.boolean(),
          holidays: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }),
        }),
        ({ seed, tasks, mixedLinks, days, evenings, holidays }) => {
          // Whole days on a one-pattern calendar move late dates by a table of days (see
          // calendar/whole-day-shift.ts): across holidays, and with work stopping at midnight.
          const calendar = calendarWith(evenings, holidays);
          let current = scheduled(randomNetwork(seed, { tasks, mixedLinks, calendar }));
          if (current === undefined) return;
          // Lengthen or shorten critical tasks one after another: the finish moves each time.
          for (let t = 0; t < current.plan.taskCount; t += 7) {
            if (current.result.critical[t] !== 1) continue;
            const duration = Math.max(0, (current.plan.table.duration[t] ?? 0) + days * DAY);
            const edit: ScheduleEdit = {
              kind: "duration",
              task: t,
              duration: toWorkingMinutes(duration),
            };
            const next = applyEditInPlace(current.plan, current.result, edit);
            if (!next.ok) throw new Error(next.message);
            const full = schedulePlan(next.plan);
            if (!full.ok) throw new Error(full.message);
            expectSameSchedule(next.result, full);
            current = { plan: next.plan, result: next.result };
          }
        },
      ),
    );
  });

  it("rolls a summary's late dates up again when progress moves a manual subtask's dates", () => {
    // Regression: found by the first property (seed 1379, 5 tasks, one progress edit) once a
    // summary's late roll-up read manual subtasks' typed dates: the edit moved the subtask's
    // early dates only, and the summary's roll-up was not revisited.
    const seed = 1379;
    const current = scheduled(randomRuleNetwork(seed, 5));
    if (current === undefined) throw new Error("the regression network no longer schedules");
    const edit = randomEdit(seededRandom(seed * 7919), current.plan);
    expect(edit.kind).toBe("progress");
    const next = applyEdit(current.plan, current.result, edit);
    if (!next.ok) throw new Error(next.message);
    const full = schedulePlan(next.plan);
    if (!full.ok) throw new Error(full.message);
    expectSameSchedule(next.result, full);
  });

  it("gives zero float, not minus zero, where a shifted fractional float comes to nothing", () => {
    // Regression: found by the first property (seed 850324247, 6 tasks, one edit). Positions
    // with tenths of a minute, shifted with the finish, rounded to -0 where a full schedule
    // gives 0.
    const seed = 850324247;
    const current = scheduled(randomRuleNetwork(seed, 6));
    if (current === undefined) throw new Error("the regression network no longer schedules");
    const edit = randomEdit(seededRandom(seed * 7919), current.plan);
    const next = applyEdit(current.plan, current.result, edit);
    if (!next.ok) throw new Error(next.message);
    const full = schedulePlan(next.plan);
    if (!full.ok) throw new Error(full.message);
    expectSameSchedule(next.result, full);
    expect(Array.from(next.result.totalFloat).some((value) => Object.is(value, -0))).toBe(false);
  });
});
