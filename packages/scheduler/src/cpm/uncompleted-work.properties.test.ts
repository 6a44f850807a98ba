import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduleInput } from "../network/schedule-input.js";
import { compilePlan, type SchedulePlan } from "../network/schedule-plan.js";
import { randomRuleNetwork } from "../testing/rule-network.js";
import { toLocalMinute } from "../time/local-minute.js";
import { type ScheduleResult, schedulePlan } from "./schedule.js";

function scheduled(
  input: ScheduleInput,
): { plan: SchedulePlan; result: ScheduleResult } | undefined {
  const compiled = compilePlan(input);
  if (!compiled.ok) return undefined;
  const result = schedulePlan(compiled.plan);
  return result.ok ? { plan: compiled.plan, result } : undefined;
}

const networks = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  tasks: fc.integer({ min: 2, max: 45 }),
  statusDay: fc.integer({ min: 0, max: 30 }),
  statusMinute: fc.integer({ min: 0, max: 1439 }),
});

/** A random plan with every rule, scheduled from its start, with a status date. */
function withStatusDate(
  options: { seed: number; tasks: number; statusDay: number; statusMinute: number },
  reschedule: boolean,
): ScheduleInput {
  const input = randomRuleNetwork(options.seed, options.tasks);
  const day = Math.floor(input.projectStart / 1440) + options.statusDay;
  return {
    ...input,
    scheduleFrom: "start",
    projectFinish: undefined,
    statusDate: toLocalMinute(day * 1440 + options.statusMinute),
    scheduleRemainingFromStatusDate: reschedule,
  };
}

describe("rescheduling uncompleted work after the status date", () => {
  it("leaves no unstarted automatic task before the status date, and finishes started work after it", () => {
    fc.assert(
      fc.property(networks, (options) => {
        const input = withStatusDate(options, true);
        const done = scheduled(input);
        if (done === undefined) return;
        const { plan, result } = done;
        const statusDate = input.statusDate ?? 0;
        input.tasks.forEach((task, t) => {
          if (plan.active[t] !== 1 || plan.summary[t] === 1 || task.manual === true) return;
          if (task.actualStart === undefined) {
            const type = task.constraint?.type ?? "ASAP";
            if (type === "ASAP") expect(result.earlyStart[t]).toBeGreaterThanOrEqual(statusDate);
            return;
          }
          const actual = Math.min(task.actualDuration ?? 0, task.duration);
          if (task.actualFinish === undefined && task.duration - actual > 0)
            expect(result.earlyFinish[t]).toBeGreaterThan(statusDate);
        });
      }),
    );
  });

  it("changes nothing unless asked for: a status date alone moves no date", () => {
    fc.assert(
      fc.property(networks, (options) => {
        const withDate = scheduled(withStatusDate(options, false));
        const without = scheduled({ ...withStatusDate(options, false), statusDate: undefined });
        if (withDate === undefined || without === undefined) return;
        for (const field of ["earlyStart", "earlyFinish", "lateStart", "lateFinish"] as const)
          expect(Array.from(withDate.result[field])).toEqual(Array.from(without.result[field]));
      }),
    );
  });
});
