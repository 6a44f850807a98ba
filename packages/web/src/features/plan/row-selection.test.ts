import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extendSelection, rowFrom, selectedUids, selectRow } from "./row-selection.js";

const rows = [1, 5, 3, 9, 7].map((uid) => ({ uid }));

describe("the grid's row selection", () => {
  it("selects one row, then extends from it to the row reached with Shift", () => {
    const one = selectRow(3);
    expect([...selectedUids(rows, one)]).toEqual([3]);
    expect([...selectedUids(rows, extendSelection(one, 7))]).toEqual([3, 9, 7]);
    expect([...selectedUids(rows, extendSelection(one, 1))]).toEqual([1, 5, 3]);
  });

  it("selects a contiguous run of shown rows that holds both ends", () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(4), (a, b) => {
        const [anchor, focus] = [rows[a]?.uid ?? 0, rows[b]?.uid ?? 0];
        const selected = [...selectedUids(rows, { anchor, focus })];
        expect(selected).toContain(anchor);
        expect(selected).toContain(focus);
        expect(selected).toHaveLength(Math.abs(a - b) + 1);
      }),
    );
  });

  it("moves the focus within the rows and selects nothing hidden", () => {
    expect(rowFrom(rows, selectRow(9), 1)).toBe(7);
    expect(rowFrom(rows, selectRow(7), 1)).toBe(7);
    expect(rowFrom(rows, selectRow(1), -1)).toBe(1);
    expect(rowFrom([], selectRow(1), 1)).toBeNull();
    expect(selectedUids(rows, selectRow(42)).size).toBe(0);
  });
});
