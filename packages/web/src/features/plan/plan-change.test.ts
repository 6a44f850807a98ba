import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergedByKey } from "./plan-change.js";

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
