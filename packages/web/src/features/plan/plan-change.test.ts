import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergedByKey, sharedTaskList, tasksAfterChange } from "./plan-change.js";
import { buildPlan, buildTask } from "./plan-test-builders.js";

interface Item {
  readonly key: number;
  readonly value: string;
}

const items = fc.uniqueArray(fc.record({ key: fc.nat(30), value: fc.string() }), {
  selector: (item) => item.key,
});

describe("applying a write's answer to the cached plan", () => {
  it("keeps the order, replaces changed items, adds new ones and drops removed ones", () => {
    fc.assert(
      fc.property(items, items, fc.uniqueArray(fc.nat(30)), (before, changed, removed) => {
        const after = mergedByKey<Item, number>(before, changed, removed, (item) => item.key);
        const gone = new Set(removed);
        const fresh = new Map(changed.map((item) => [item.key, item]));
        const expected = [
          ...before
            .filter((item) => !gone.has(item.key))
            .map((item) => fresh.get(item.key) ?? item),
          ...changed.filter(
            (item) => !gone.has(item.key) && !before.some((b) => b.key === item.key),
          ),
        ];
        expect(after).toEqual(expected);
        // Untouched items are the same objects, so memoised rows need not be rebuilt.
        for (const item of after) {
          const old = before.find((b) => b.key === item.key);
          if (old && !fresh.has(item.key)) expect(item).toBe(old);
        }
      }),
    );
  });
});

describe("a write's answer with tasks the reschedule moved", () => {
  const cached = {
    plan: buildPlan({ version: 3 }),
    items: [1, 2, 3].map((uid) => buildTask({ uid, position: uid, name: `Task ${uid}` })),
  };
  // Every computed value differs from the cached task's, so each must be taken.
  const moved = {
    uid: 2,
    start: "2027-04-01T08:00:00",
    finish: "2027-04-02T17:00:00",
    earlyStart: "2027-04-01T09:00:00",
    earlyFinish: "2027-04-02T16:00:00",
    lateStart: "2027-04-05T08:00:00",
    lateFinish: "2027-04-06T17:00:00",
    totalFloatMinutes: 960,
    freeFloatMinutes: 480,
    critical: false,
    summary: true,
  };
  const change = {
    plan: buildPlan({ version: 4 }),
    changed: [{ ...buildTask({ uid: 1, position: 1, name: "Renamed" }), version: 2 }],
    rescheduled: [moved],
    deletedUids: [3],
    links: [],
    removedLinkIds: [],
  };

  it("takes a moved task's computed values and keeps what was entered about it", () => {
    const after = tasksAfterChange(cached, change);
    expect(after.plan.version).toBe(4);
    expect(after.items.map((task) => task.uid)).toEqual([1, 2]);
    expect(after.items[0]).toStrictEqual(change.changed[0]);
    expect(tasksAfterChange(cached, change).items[0]).toBe(after.items[0]);
    expect(after.items[1]).toEqual({ ...cached.items[1], ...moved });
    for (const [field, value] of Object.entries(moved))
      if (field !== "uid") expect(Reflect.get(cached.items[1] ?? {}, field)).not.toEqual(value);
  });

  it("is taken by the cache as it is: what the answer left alone is the cached object", () => {
    const after = tasksAfterChange(cached, change);
    expect(sharedTaskList(cached, after)).toBe(after);
    expect(after.items[0]).not.toBe(cached.items[0]);
    const untouched = tasksAfterChange(cached, { ...change, changed: [], rescheduled: [] });
    expect(untouched.items.slice(0, 2)).toEqual([cached.items[0], cached.items[1]]);
    expect(untouched.items[0]).toBe(cached.items[0]);
  });

  it("answers the same moved task object each time the same answer is applied", () => {
    const first = tasksAfterChange(cached, change).items[1];
    expect(tasksAfterChange(cached, change).items[1]).toBe(first);
    const other = { ...cached, items: cached.items.map((task) => ({ ...task })) };
    expect(tasksAfterChange(other, change).items[1]).not.toBe(first);
  });
});

describe("sharing a refetched task list with the cached one", () => {
  const list = (names: readonly string[]) => ({
    plan: buildPlan(),
    items: names.map((name, i) => buildTask({ uid: i + 1, position: i + 1, name })),
  });
  const names = fc.array(fc.constantFrom("Design", "Build", "Test"), { maxLength: 8 });

  it("answers the new list, keeping each cached task that is equal to its new one", () => {
    fc.assert(
      fc.property(names, names, (before, after) => {
        const cached = list(before);
        const next = list(after);
        const shared = sharedTaskList(cached, next);
        expect(shared).toEqual(next);
        shared.items.forEach((task, i) => {
          const old = cached.items[i];
          if (old && old.name === task.name) expect(task).toBe(old);
          else expect(task).toBe(next.items[i]);
        });
        if (before.join() === after.join()) expect(shared).toBe(cached);
      }),
    );
  });

  it("takes the new plan settings when they changed", () => {
    const cached = list(["Design"]);
    const next = { ...list(["Design"]), plan: buildPlan({ version: 4 }) };
    const shared = sharedTaskList(cached, next);
    expect(shared.plan.version).toBe(4);
    expect(shared.items[0]).toBe(cached.items[0]);
  });
});
