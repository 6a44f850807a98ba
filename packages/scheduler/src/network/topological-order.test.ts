import { describe, expect, it } from "vitest";
import { buildProject } from "../testing/project-builder.js";
import { compilePlan, type SchedulePlan } from "./schedule-plan.js";

function planOf(input: Parameters<typeof compilePlan>[0]): SchedulePlan {
  const compiled = compilePlan(input);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.plan;
}

describe("the processing order", () => {
  it("keeps the input order where the links allow it", () => {
    const plan = planOf(
      buildProject({
        tasks: [{ days: 1 }, { days: 1 }, { days: 1 }, { days: 1 }],
        links: [
          [0, 1],
          [1, 3],
          [0, 2],
        ],
      }),
    );
    expect(Array.from(plan.order)).toEqual([0, 1, 2, 3]);
  });

  it("puts a task after the tasks linked into it, wherever the input put them", () => {
    const plan = planOf(
      buildProject({
        tasks: [{ days: 1 }, { days: 1 }, { days: 1 }],
        links: [
          [2, 0],
          [1, 0],
        ],
      }),
    );
    const position = (t: number) => Array.from(plan.order).indexOf(t);
    expect(position(0)).toBeGreaterThan(position(1));
    expect(position(0)).toBeGreaterThan(position(2));
  });

  it("opens a summary before its subtasks and closes it after them", () => {
    const plan = planOf(
      buildProject({
        tasks: [{ days: 1 }, { days: 0 }, { days: 1, parent: 1 }, { days: 2, parent: 1 }],
        links: [[0, 1]],
      }),
    );
    const n = plan.taskCount;
    const order = Array.from(plan.order);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(n + 1));
    expect(order.indexOf(n + 1)).toBeLessThan(order.indexOf(2));
    expect(order.indexOf(3)).toBeLessThan(order.indexOf(1));
    for (let i = 0; i < order.length; i++) expect(plan.orderPosition[order[i] ?? 0]).toBe(i);
  });

  it("names the tasks of a loop through a summary", () => {
    const outcome = compilePlan(
      buildProject({
        tasks: [{ days: 0 }, { days: 1, parent: 0 }, { days: 1 }],
        links: [
          [0, 2],
          [2, 1],
        ],
      }),
    );
    if (outcome.ok || outcome.reason !== "cycle") throw new Error("expected a loop");
    expect([...outcome.cycle].sort()).toEqual([1, 2, 3]);
  });
});
