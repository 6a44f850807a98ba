import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLate } from "./late-task.js";
import { groupWorkByDue, mondayAfter, WORK_DUE_GROUPS, workDueGroupOf } from "./work-due-groups.js";

const day = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const work = fc.record({
  percentComplete: fc.integer({ min: 0, max: 100 }),
  finish: day.map((d) => `${d}T17:00:00`),
  late: fc.boolean(),
});

describe("mondayAfter", () => {
  it("answers a Monday after today, at most two weeks on", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 3 }), (today, weeks) => {
        const monday = mondayAfter(today, weeks);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(monday > today).toBe(true);
        const days = (Date.parse(monday) - Date.parse(today)) / 86_400_000;
        expect(days).toBeGreaterThan(7 * (weeks - 1));
        expect(days).toBeLessThanOrEqual(7 * weeks);
      }),
    );
  });
});

describe("workDueGroupOf", () => {
  it("puts a task due on Sunday in this week when today is Monday, and Monday's in next week", () => {
    const task = { percentComplete: 0, late: false };
    expect(workDueGroupOf({ ...task, finish: "2027-03-07T17:00:00" }, "2027-03-01")).toBe(
      "thisWeek",
    );
    expect(workDueGroupOf({ ...task, finish: "2027-03-08T08:00:00" }, "2027-03-01")).toBe(
      "nextWeek",
    );
    expect(workDueGroupOf({ ...task, finish: "2027-03-15T08:00:00" }, "2027-03-01")).toBe("later");
    expect(workDueGroupOf({ ...task, finish: "2027-02-26T17:00:00" }, "2027-03-01")).toBe(
      "overdue",
    );
  });

  it("puts complete tasks in done, late ones in overdue, and no open task due before today elsewhere", () => {
    fc.assert(
      fc.property(work, day, (task, today) => {
        const group = workDueGroupOf(task, today);
        if (task.percentComplete >= 100) expect(group).toBe("doneRecently");
        else if (task.late || isLate(task, `${today}T00:00:00`)) expect(group).toBe("overdue");
        else expect(task.finish.slice(0, 10) >= today).toBe(true);
      }),
    );
  });
});

describe("groupWorkByDue", () => {
  it("keeps every task once, in the order it came", () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 30 }), day, (tasks, today) => {
        const groups = groupWorkByDue(tasks, today);
        const all = WORK_DUE_GROUPS.flatMap((group) => groups[group]);
        expect(all).toHaveLength(tasks.length);
        for (const group of WORK_DUE_GROUPS) {
          const indexes = groups[group].map((task) => tasks.indexOf(task));
          expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
        }
      }),
    );
  });
});
