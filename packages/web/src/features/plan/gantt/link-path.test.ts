import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BarEnds, type LinkType, linkPath } from "./link-path.js";

/** The corner points of an `M x,y H x V y …` path. */
function points(path: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, value] of path.matchAll(/([MHV])([-\d.,e]+)/g)) {
    if (command === "M") [x, y] = (value ?? "").split(",").map(Number) as [number, number];
    if (command === "H") x = Number(value);
    if (command === "V") y = Number(value);
    out.push([x, y]);
  }
  return out;
}

const bar = (row: number) =>
  fc
    .record({ left: fc.integer({ min: 0, max: 2000 }), width: fc.integer({ min: 0, max: 400 }) })
    .map(({ left, width }): BarEnds => ({ left, right: left + width, y: row * 24 + 12, half: 6 }));

describe("dependency arrows", () => {
  it("leave the predecessor's named end and arrive at the successor's, turning only at right angles", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<LinkType>("FS", "SS", "FF", "SF"),
        bar(0),
        bar(3),
        fc.boolean(),
        (type, a, b, downwards) => {
          const [from, to] = downwards ? [a, b] : [b, a];
          const corners = points(linkPath(type, from, to));
          const [first, last] = [corners[0], corners.at(-1)];
          expect(first).toEqual([type[0] === "F" ? from.right : from.left, from.y]);
          const entry = type[1] === "S" ? to.left : to.right;
          const [lx, ly] = last ?? [Number.NaN, Number.NaN];
          if (ly === to.y) expect(lx).toBe(entry);
          else {
            // Dropped onto the bar from above or below, just inside its entry end.
            expect(Math.abs(ly - to.y)).toBe(to.half);
            expect(lx).toBeGreaterThanOrEqual(to.left);
            expect(lx).toBeLessThanOrEqual(to.right);
          }
          for (let i = 1; i < corners.length; i++) {
            const [px, py] = corners[i - 1] ?? [0, 0];
            const [cx, cy] = corners[i] ?? [0, 0];
            expect(px === cx || py === cy).toBe(true);
          }
        },
      ),
    );
  });

  it("drops a finish-to-start arrow straight onto a successor that starts later", () => {
    const path = linkPath(
      "FS",
      { left: 0, right: 100, y: 12, half: 6 },
      { left: 200, right: 300, y: 36, half: 6 },
    );
    expect(path).toBe("M100,12H204V30");
  });
});
