import type { Assignment, Resource } from "@orrery/contracts/resources";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resourceNamesByTask } from "./task-resource-names.js";

const resource = (uid: number, name: string, type: Resource["type"] = "work"): Resource => ({
  uid,
  name,
  initials: null,
  type,
  email: null,
  maxUnits: null,
  userId: null,
  calendarUid: null,
  version: 1,
});
const assignment = (taskUid: number, resourceUid: number, units = 1): Assignment => ({
  taskUid,
  resourceUid,
  units,
  workMinutes: null,
});

describe("resourceNamesByTask", () => {
  it("lists each task's resources as MS Project does, with shares other than 100 %", () => {
    const names = resourceNamesByTask(
      [resource(1, "Ana"), resource(2, "Ben"), resource(3, "Concrete", "material")],
      [assignment(7, 1), assignment(7, 2, 0.5), assignment(8, 3, 12)],
    );
    expect(names.get(7)).toBe("Ana, Ben[50%]");
    expect(names.get(8)).toBe("Concrete");
    expect(names.has(9)).toBe(false);
  });

  it("names only tasks with an assignment of a known resource", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            taskUid: fc.integer({ min: 1, max: 20 }),
            resourceUid: fc.integer({ min: 1, max: 6 }),
          }),
        ),
        (pairs) => {
          const resources = [1, 2, 3].map((uid) => resource(uid, `R${uid}`));
          const names = resourceNamesByTask(
            resources,
            pairs.map((pair) => assignment(pair.taskUid, pair.resourceUid)),
          );
          for (const [taskUid, text] of names) {
            const known = pairs.filter((p) => p.taskUid === taskUid && p.resourceUid <= 3);
            expect(text.split(", ")).toHaveLength(known.length);
          }
          for (const pair of pairs)
            if (pair.resourceUid <= 3)
              expect(names.get(pair.taskUid)).toContain(`R${pair.resourceUid}`);
        },
      ),
    );
  });
});
