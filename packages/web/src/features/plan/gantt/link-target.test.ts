import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GanttTask } from "./bar-geometry.js";
import { LINK_SLOP, linkTargetAt } from "./link-target.js";
import { timeScale, xOf } from "./time-scale.js";
import { MINUTES_PER_DAY } from "./wall-clock.js";

const DAY = MINUTES_PER_DAY;
const ROW = 28;

function row(uid: number, startDay: number, days: number): GanttTask & { uid: number } {
  return {
    uid,
    start: startDay * DAY + 480,
    finish: (startDay + days) * DAY + 1020,
    percentComplete: 0,
    summary: false,
    milestone: days === 0,
    critical: false,
    baselineStart: null,
    baselineFinish: null,
  };
}

const scale = timeScale("day", 0);
const rows = [row(1, 1, 3), row(2, 5, 2), { ...row(3, 0, 0), start: Number.NaN }, row(4, 9, 0)];
const middle = (index: number) => index * ROW + ROW / 2;

describe("hitting a link target", () => {
  it("finds the bar under the pointer, refuses the source itself, and misses beside bars", () => {
    const onBuild = { x: xOf(scale, 6 * DAY), y: middle(1) };
    expect(linkTargetAt(rows, ROW, scale, onBuild, 1)).toEqual({ kind: "task", uid: 2, index: 1 });
    expect(linkTargetAt(rows, ROW, scale, onBuild, 2)).toEqual({ kind: "self" });
    expect(linkTargetAt(rows, ROW, scale, { x: 2, y: middle(1) }, 1)).toEqual({ kind: "none" });
    // An undated task has no bar; nor is there a row above the first or below the last.
    expect(linkTargetAt(rows, ROW, scale, { x: 10, y: middle(2) }, 1)).toEqual({ kind: "none" });
    expect(linkTargetAt(rows, ROW, scale, onBuild, 1).kind).toBe("task");
    expect(linkTargetAt(rows, ROW, scale, { x: onBuild.x, y: -1 }, 1)).toEqual({ kind: "none" });
    expect(linkTargetAt(rows, ROW, scale, { x: 10, y: middle(9) }, 1)).toEqual({ kind: "none" });
  });

  it("takes a milestone's diamond within the slop", () => {
    const x = xOf(scale, 9 * DAY + 480);
    expect(linkTargetAt(rows, ROW, scale, { x: x + LINK_SLOP, y: middle(3) }, 1)).toEqual({
      kind: "task",
      uid: 4,
      index: 3,
    });
    expect(linkTargetAt(rows, ROW, scale, { x: x + LINK_SLOP + 1, y: middle(3) }, 1).kind).toBe(
      "none",
    );
  });

  it("answers a task only for a point on its row and within its bar's reach", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 20 * 40 }),
        fc.integer({ min: -10, max: rows.length * ROW + 10 }),
        fc.integer({ min: 1, max: 4 }),
        (x, y, source) => {
          const target = linkTargetAt(rows, ROW, scale, { x, y }, source);
          if (target.kind === "none") return;
          const index = Math.floor(y / ROW);
          const hit = rows[index];
          expect(hit).toBeDefined();
          if (!hit) return;
          expect(target).toEqual(
            hit.uid === source ? { kind: "self" } : { kind: "task", uid: hit.uid, index },
          );
          expect(x).toBeGreaterThanOrEqual(xOf(scale, hit.start) - LINK_SLOP);
        },
      ),
    );
  });
});
