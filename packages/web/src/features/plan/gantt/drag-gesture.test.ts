import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GanttTask } from "./bar-geometry.js";
import { DRAG_THRESHOLD, type DragGesture, dragOutcome, pastThreshold } from "./drag-gesture.js";
import { timeScale, xOf } from "./time-scale.js";
import { wallMinute } from "./wall-clock.js";

const at = (text: string) => wallMinute(text) ?? Number.NaN;
const ROW = 28;

function task(uid: number, start: string, finish: string): GanttTask & { uid: number } {
  return {
    uid,
    start: at(start),
    finish: at(finish),
    percentComplete: 0,
    summary: false,
    milestone: false,
    critical: false,
    baselineStart: null,
    baselineFinish: null,
  };
}

const design = task(1, "2027-03-01T08:00", "2027-03-02T17:00");
const build = task(2, "2027-03-03T08:00", "2027-03-03T17:00");
const rows = [design, build];
const scale = timeScale("day", at("2027-02-22T00:00"));

function gesture(kind: DragGesture["kind"], index: number, dx: number, y?: number): DragGesture {
  const origin = { x: 100, y: index * ROW + ROW / 2 };
  return {
    kind,
    uid: index + 1,
    index,
    origin,
    pointer: { x: 100 + dx, y: y ?? origin.y },
    active: true,
  };
}

describe("a drag on a Gantt bar", () => {
  it("becomes a drag only past the threshold, in any direction", () => {
    const offset = fc.integer({ min: -20, max: 20 });
    fc.assert(
      fc.property(offset, offset, (dx, dy) => {
        const passed = pastThreshold({ x: 10, y: 10 }, { x: 10 + dx, y: 10 + dy });
        expect(passed).toBe(dx * dx + dy * dy >= DRAG_THRESHOLD * DRAG_THRESHOLD);
      }),
    );
    expect(pastThreshold({ x: 0, y: 0 }, { x: 3, y: 0 })).toBe(false);
    expect(pastThreshold({ x: 0, y: 0 }, { x: 3, y: 3 })).toBe(true);
  });

  it("moves a start by whole days at day zoom (40 px a day) and asks nothing for a nudge", () => {
    expect(dragOutcome(gesture("move", 1, 85), build, rows, ROW, scale)).toEqual({
      kind: "move",
      steps: 2,
      start: at("2027-03-05T00:00"),
    });
    expect(dragOutcome(gesture("move", 1, 15), build, rows, ROW, scale)).toMatchObject({
      steps: 0,
    });
  });

  it("drags an end by whole weeks at month zoom", () => {
    const months = timeScale("month", scale.origin);
    // 4 px a day: 30 px is about a week.
    expect(dragOutcome(gesture("resize", 1, 30), build, rows, ROW, months)).toEqual({
      kind: "resize",
      steps: 1,
      until: at("2027-03-11T00:00"),
    });
  });

  it("draws a link from the source bar's end to the bar under the pointer", () => {
    const onDesign = { x: xOf(scale, at("2027-03-01T12:00")), y: ROW / 2 };
    const drag = { ...gesture("link", 1, 0), pointer: onDesign };
    expect(dragOutcome(drag, build, rows, ROW, scale)).toEqual({
      kind: "link",
      from: { x: xOf(scale, build.finish), y: ROW + ROW / 2 },
      target: { kind: "task", uid: 1, index: 0 },
    });
  });
});
