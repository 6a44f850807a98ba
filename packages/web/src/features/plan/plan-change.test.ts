import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergedByKey, sharedTaskList } from "./plan-change.js";
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
