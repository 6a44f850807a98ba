import type { Assignment, Resource } from "@orrery/contracts/resources";
import { describe, expect, it } from "vitest";
import { tasksAssignedTo } from "./my-tasks.js";

const resource = (uid: number, userId: string | null): Resource => ({
  uid,
  name: `R${uid}`,
  initials: null,
  type: "work",
  email: null,
  maxUnits: 1,
  userId,
  calendarUid: null,
  version: 1,
});
const assign = (taskUid: number, resourceUid: number): Assignment => ({
  taskUid,
  resourceUid,
  units: 1,
  workMinutes: null,
});

describe("tasksAssignedTo", () => {
  it("finds the tasks of every resource mapped to the member, and no one else's", () => {
    const resources = [
      resource(1, "tess"),
      resource(2, "olga"),
      resource(3, "tess"),
      resource(4, null),
    ];
    const assignments = [assign(10, 1), assign(11, 2), assign(12, 3), assign(13, 4), assign(10, 3)];
    expect([...tasksAssignedTo("tess", resources, assignments)].sort()).toEqual([10, 12]);
    expect([...tasksAssignedTo("olga", resources, assignments)]).toEqual([11]);
    expect(tasksAssignedTo("nobody", resources, assignments).size).toBe(0);
  });
});
