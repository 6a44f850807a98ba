import { describe, expect, it } from "vitest";
import { applyEdit } from "../cpm/incremental.js";
import { schedulePlan } from "../cpm/schedule.js";
import { compilePlan } from "../network/schedule-plan.js";
import { buildProject, DAY } from "../testing/project-builder.js";
import { toWorkingMinutes } from "../time/local-minute.js";
import {
  baselineVariance,
  captureBaseline,
  storeBaseline,
  workAndCostVariance,
} from "./baselines.js";

function planAndResult() {
  const compiled = compilePlan(
    buildProject({ tasks: [{ days: 2 }, { days: 3 }], links: [[0, 1]] }),
  );
  if (!compiled.ok) throw new Error(compiled.message);
  const result = schedulePlan(compiled.plan);
  if (!result.ok) throw new Error(result.message);
  return { plan: compiled.plan, result };
}

describe("baselines", () => {
  it("shows no variance right after capture", () => {
    const { plan, result } = planAndResult();
    const variance = baselineVariance(plan, result, captureBaseline(plan, result, 0));
    expect(Array.from(variance.start)).toEqual([0, 0]);
    expect(Array.from(variance.finish)).toEqual([0, 0]);
  });

  it("measures slips in working minutes against any stored baseline", () => {
    const { plan, result } = planAndResult();
    const baselines = storeBaseline(
      storeBaseline([], captureBaseline(plan, result, 0)),
      captureBaseline(plan, result, 7),
    );
    const edited = applyEdit(plan, result, {
      kind: "duration",
      task: 0,
      duration: toWorkingMinutes(4 * DAY),
    });
    if (!edited.ok) throw new Error(edited.message);
    const seventh = baselines.find((b) => b.number === 7);
    if (seventh === undefined) throw new Error("baseline 7 missing");
    const variance = baselineVariance(edited.plan, edited.result, seventh);
    expect(variance.start[1]).toBe(2 * DAY);
    expect(variance.finish[1]).toBe(2 * DAY);
    expect(variance.duration[0]).toBe(2 * DAY);
    expect(baselines.map((b) => b.number)).toEqual([0, 7]);
  });

  it("keeps work and cost in the snapshot and reports their change", () => {
    const { plan, result } = planAndResult();
    const baseline = captureBaseline(plan, result, 3, { work: [960, 1440], cost: [100, 250] });
    const variance = baselineVariance(plan, result, baseline);
    workAndCostVariance(baseline, { work: [960, 1920], cost: [120, 250] }, variance);
    expect(Array.from(variance.work)).toEqual([0, 480]);
    expect(Array.from(variance.cost)).toEqual([20, 0]);
  });

  it("replaces a baseline stored again in the same slot", () => {
    const { plan, result } = planAndResult();
    const first = captureBaseline(plan, result, 2, { cost: [1, 1] });
    const second = captureBaseline(plan, result, 2, { cost: [2, 2] });
    const stored = storeBaseline(storeBaseline([], first), second);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tasks[0]?.cost).toBe(2);
  });
});
