import {
  type PlanChange,
  type Task,
  TaskBatchOperation,
  TaskUpdate,
} from "@orrery/contracts/plans";
import { describe, expect, it } from "vitest";
import { wallMinute } from "./gantt/wall-clock.js";
import { linkEdit, moveEdit, moveNote, resizeEdit } from "./gantt-edits.js";
import { buildPlan, buildTask } from "./plan-test-builders.js";

const at = (text: string) => wallMinute(text) ?? Number.NaN;

function answer(task: Task): PlanChange {
  return {
    plan: buildPlan(),
    changed: [task],
    rescheduled: [],
    deletedUids: [],
    links: [],
    removedLinkIds: [],
  };
}

describe("what a drag in the Gantt asks the server for", () => {
  it("sets a Start No Earlier Than constraint at the dropped day on an automatic task", () => {
    const patch = moveEdit(buildTask(), at("2027-03-12T00:00"));
    expect(patch).toEqual({
      constraintType: "startNoEarlierThan",
      constraintDate: "2027-03-12T00:00:00",
    });
    expect(TaskUpdate.parse(patch)).toEqual(patch);
  });

  it("moves a manual task's typed start, keeping its time of day, and lets its finish follow", () => {
    const manual = buildTask({ schedulingMode: "manual", manualStart: "2027-03-03T13:00:00" });
    expect(moveEdit(manual, at("2027-03-08T00:00"))).toEqual({
      manualStart: "2027-03-08T13:00:00",
      manualFinish: null,
    });
  });

  it("asks for a duration up to the dropped finish, and for a finish-to-start link", () => {
    expect(TaskUpdate.parse(resizeEdit(at("2027-03-09T00:00")))).toEqual({
      durationUntil: "2027-03-09T00:00:00",
    });
    const [link] = linkEdit(1, 2);
    expect(TaskBatchOperation.parse(link)).toEqual({
      op: "link",
      link: {
        predecessorUid: 1,
        successorUid: 2,
        type: "FS",
        lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
      },
    });
  });

  it("says a constraint was set, and where links keep the task when they start it later", () => {
    const task = buildTask();
    const dropped = at("2027-03-12T00:00");
    expect(moveNote(task, dropped, answer(buildTask({ start: "2027-03-12T08:00:00" })))).toBe(
      '"Build" now starts no earlier than 12 Mar 27 — constraint set.',
    );
    expect(moveNote(task, dropped, answer(buildTask({ start: "2027-03-16T08:00:00" })))).toBe(
      '"Build" now starts no earlier than 12 Mar 27 — constraint set. Its predecessors keep it at 16 Mar 27.',
    );
  });
});
