import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UidIndex } from "./uid-index.js";

describe("UidIndex", () => {
  it("finds every UID where it was put, as a Map would, dense or not", () => {
    const uid = fc.oneof(
      fc.nat({ max: 300 }),
      fc.integer({ min: -5, max: 1e9 }),
      fc.double({ min: -10, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(uid, { maxLength: 200 }),
        fc.array(uid, { maxLength: 50 }),
        (uids, probes) => {
          const index = UidIndex.sizedFor(uids);
          const reference = new Map<number, number>();
          uids.forEach((value, position) => {
            expect(index.add(value, position)).toBe(!reference.has(value));
            if (!reference.has(value)) reference.set(value, position);
          });
          for (const value of [...uids, ...probes])
            expect(index.get(value)).toBe(reference.get(value));
        },
      ),
    );
  });

  it("refuses a second position for a UID", () => {
    const index = new UidIndex(10, 3);
    expect(index.add(4, 0)).toBe(true);
    expect(index.add(4, 1)).toBe(false);
    expect(index.get(4)).toBe(0);
    expect(index.has(5)).toBe(false);
  });
});
