import { describe, expect, it } from "vitest";
import { plainTask } from "./plain-task.js";
import { buildTask } from "./plan-test-builders.js";

describe("a task as a plain object", () => {
  it("is a new object with every field of the task and nothing else", () => {
    const task = buildTask({ notes: "Kick-off", deadline: "2027-04-01T17:00:00", sourceUid: 7 });
    const plain = plainTask(task);
    expect(plain).not.toBe(task);
    expect(plain).toStrictEqual(task);
    expect(Object.keys(plain).sort()).toEqual(Object.keys(task).sort());
  });
});
