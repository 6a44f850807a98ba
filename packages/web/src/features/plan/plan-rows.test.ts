import { describe, expect, it } from "vitest";
import { formatVariance } from "./plan-format.js";
import { type FilterContext, planRows } from "./plan-rows.js";
import { buildTask } from "./plan-test-builders.js";

/** Phase (summary) over Design and Build; Launch (milestone) on its own. */
const tasks = [
  buildTask({ uid: 1, position: 1, name: "Phase", summary: true }),
  buildTask({ uid: 2, position: 2, name: "Design", outlineLevel: 2 }),
  buildTask({ uid: 3, position: 3, name: "Build", outlineLevel: 2 }),
  buildTask({ uid: 4, position: 4, name: "Launch", milestone: true }),
];
const context = (mine: number[]): FilterContext => ({ statusDate: null, mine: new Set(mine) });
const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe("planRows", () => {
  it("keeps only my tasks, with the summaries above them, under the mine filter", () => {
    expect(names(planRows(tasks, new Set(), "mine", context([3])))).toEqual(["Phase", "Build"]);
    expect(names(planRows(tasks, new Set(), "mine", context([4])))).toEqual(["Launch"]);
  });

  it("shows nothing under the mine filter when nothing is assigned to me", () => {
    expect(planRows(tasks, new Set(), "mine", context([]))).toEqual([]);
  });

  it("ignores my tasks under the other filters", () => {
    expect(names(planRows(tasks, new Set(), "all", context([3])))).toHaveLength(4);
    expect(names(planRows(tasks, new Set(), "milestones", context([3])))).toEqual(["Launch"]);
  });

  it("puts the baseline's dates on each row that has them", () => {
    const baseline = new Map([
      [3, { start: "2027-03-01T08:00:00", finish: "2027-03-02T17:00:00" }],
    ]);
    const rows = planRows(tasks, new Set(), "all", context([]), baseline);
    expect(rows.find((row) => row.uid === 3)?.baselineFinish).not.toBeNull();
    expect(rows.find((row) => row.uid === 2)?.baselineFinish).toBeNull();
  });
});

describe("formatVariance", () => {
  const plan = { minutesPerDay: 480 };
  it("signs a variance in working days as MS Project does", () => {
    expect(formatVariance(960, plan)).toBe("+2d");
    expect(formatVariance(-240, plan)).toBe("-0.5d");
    expect(formatVariance(0, plan)).toBe("0d");
    expect(formatVariance(-0, plan)).toBe("0d");
    expect(formatVariance(null, plan)).toBe("");
  });
});
