import { describe, expect, it } from "vitest";
import { taskOptions } from "./raid-task-options.js";

const task = (uid: number, name: string, wbs: string | null) => ({ uid, name, wbs });

describe("taskOptions", () => {
  it("labels tasks by WBS and name in plan order, and keeps a linked task the plan lost", () => {
    const tasks = [task(1, "Build", "1"), task(2, "Pour the slab", "1.1"), task(7, "Loose", null)];
    expect(
      taskOptions(tasks, [
        { uid: 2, name: "Pour the slab", wbs: "1.1" },
        { uid: 9, name: null, wbs: null },
      ]),
    ).toEqual([
      { value: "1", label: "1 · Build" },
      { value: "2", label: "1.1 · Pour the slab" },
      { value: "7", label: "Loose" },
      { value: "9", label: "#9 (no longer in the plan)" },
    ]);
  });
});
