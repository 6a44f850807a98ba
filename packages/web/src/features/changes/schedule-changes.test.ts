import { describe, expect, it } from "vitest";
import { blankChange, toOperations } from "./schedule-changes.js";

describe("schedule changes as plan operations", () => {
  it("turns a new duration into an update in working minutes", () => {
    expect(toOperations([{ id: 1, kind: "duration", taskUid: "3", days: 2.5 }], 480, 10)).toEqual({
      ok: true,
      operations: [{ op: "update", uid: 3, patch: { durationMinutes: 1200 } }],
    });
  });

  it("numbers new tasks from the next free UID and links them after the task chosen", () => {
    const result = toOperations(
      [
        { id: 1, kind: "task", name: " Extra tests ", days: 1, afterUid: "2" },
        { id: 2, kind: "dependency", predecessorUid: "11", successorUid: "4" },
      ],
      480,
      11,
    );
    expect(result.ok && result.operations.map((o) => o.op)).toEqual(["create", "link", "link"]);
    expect(result.ok && result.operations[0]).toEqual({
      op: "create",
      task: { uid: 11, name: "Extra tests", durationMinutes: 480 },
    });
    expect(result.ok && result.operations[1]).toMatchObject({
      link: { predecessorUid: 2, successorUid: 11 },
    });
  });

  it("names what a line misses instead of guessing", () => {
    expect(
      toOperations([blankChange("duration", 1), blankChange("dependency", 2)], 480, 1),
    ).toEqual({
      ok: false,
      problems: [
        { line: 0, field: "taskUid", message: "Choose a task" },
        { line: 0, field: "days", message: "Enter the new duration in days" },
        { line: 1, field: "predecessorUid", message: "Choose the task first done" },
        { line: 1, field: "successorUid", message: "Choose the task that waits" },
      ],
    });
  });
});
