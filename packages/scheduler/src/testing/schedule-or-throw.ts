// Compiles and schedules a test input, throwing on any outcome other than a schedule: for tests
// whose input is known to be valid.

import { type ScheduleResult, schedulePlan } from "../cpm/schedule.js";
import type { ScheduleInput } from "../network/schedule-input.js";
import { compilePlan, type SchedulePlan } from "../network/schedule-plan.js";

export function scheduleOrThrow(input: ScheduleInput): {
  plan: SchedulePlan;
  result: ScheduleResult;
} {
  const compiled = compilePlan(input);
  if (!compiled.ok) throw new Error(compiled.message);
  const result = schedulePlan(compiled.plan);
  if (!result.ok) throw new Error(result.message);
  return { plan: compiled.plan, result };
}
