import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inOutlineOrder } from "./outline-order.js";

describe("tasks in outline order", () => {
  it("sorts by row number, and answers a list already in order as it is", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ position: fc.integer({ min: 1, max: 50 }) })), (tasks) => {
        const ordered = inOutlineOrder(tasks);
        expect(ordered).toEqual([...tasks].sort((a, b) => a.position - b.position));
        const sorted = tasks.every(
          (task, i) => i === 0 || (tasks[i - 1]?.position ?? 0) <= task.position,
        );
        if (sorted) expect(ordered).toBe(tasks);
        else expect(ordered).not.toBe(tasks);
      }),
    );
  });
});
