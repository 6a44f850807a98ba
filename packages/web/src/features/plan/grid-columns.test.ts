import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cellClass,
  columnTemplate,
  GRID_COLUMNS,
  gridWidth,
  mayOverflow,
  VARIANCE_TABLE,
} from "./grid-columns.js";

const column = (key: string) => {
  const found = [...GRID_COLUMNS, ...VARIANCE_TABLE].find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};

describe("the grid's columns", () => {
  it("lay every row out on a template as wide as the grid", () => {
    for (const [columns, variance] of [
      [GRID_COLUMNS, null],
      [VARIANCE_TABLE, new Map()],
    ] as const) {
      const widths = columnTemplate(columns)
        .split(" ")
        .map((width) => Number(width.replace(/px$/, "")));
      expect(widths).toHaveLength(columns.length);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(gridWidth(variance));
    }
  });

  it("clip text only when it may be wider than the column, and never a date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRID_COLUMNS, ...VARIANCE_TABLE),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        (where, text, more) => {
          if (where.fitsAlways) {
            expect(mayOverflow(where, text)).toBe(false);
            return;
          }
          // Longer text never fits where shorter text did not.
          if (mayOverflow(where, text)) expect(mayOverflow(where, text + more)).toBe(true);
        },
      ),
    );
    expect(mayOverflow(column("float"), "25d")).toBe(false);
    expect(mayOverflow(column("float"), "1055.5d")).toBe(true);
    expect(mayOverflow(column("row"), "9999")).toBe(false);
    expect(mayOverflow(column("resources"), "Management, Project Manager")).toBe(true);
    expect(mayOverflow(column("start"), "24 Sep 27 and more than a date")).toBe(false);
  });

  it("name a cell's alignment and clip as classes", () => {
    expect(cellClass(column("float"), "25d")).toBe("plan-cell-end");
    expect(cellClass(column("float"), "1055.5d")).toBe("plan-cell-end plan-clip");
    expect(cellClass(column("resources"), "Management, Project Manager")).toBe("plan-clip");
    expect(cellClass(column("finish"), "24 Sep 27")).toBeUndefined();
    // A cell whose text is in a control leaves the clip to the control.
    expect(cellClass(column("predecessors"))).toBeUndefined();
    expect(cellClass(undefined, "anything")).toBeUndefined();
  });
});
