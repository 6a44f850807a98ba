import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draggedFinish, droppedStart, SNAP_MINUTES, wholeSteps } from "./drag-snap.js";
import { ZOOMS } from "./time-scale.js";
import { MINUTES_PER_DAY, startOfDay, wallMinute } from "./wall-clock.js";

const DAY = MINUTES_PER_DAY;
const minute = fc.integer({ min: 20 * 365 * DAY, max: 80 * 365 * DAY });
const drag = fc.integer({ min: -400 * DAY, max: 400 * DAY });
const step = fc.constantFrom(...ZOOMS).map((zoom) => SNAP_MINUTES[zoom]);
const at = (text: string) => wallMinute(text) ?? Number.NaN;

describe("snapping a drag to the zoom's step", () => {
  it("counts whole steps to the nearest, and a small drag as none", () => {
    expect(wholeSteps(0.4 * DAY, DAY)).toBe(0);
    expect(wholeSteps(-0.4 * DAY, DAY)).toBe(0);
    expect(Object.is(wholeSteps(-0.4 * DAY, DAY), 0)).toBe(true);
    expect(wholeSteps(2.6 * DAY, DAY)).toBe(3);
    expect(wholeSteps(-10 * DAY, 7 * DAY)).toBe(-1);
  });

  it("drops a start at midnight, whole steps from its day, within half a step of the pointer", () => {
    fc.assert(
      fc.property(minute, drag, step, (start, moved, s) => {
        const dropped = droppedStart(start, wholeSteps(moved, s), s);
        expect(startOfDay(dropped)).toBe(dropped);
        expect(Number.isInteger((dropped - startOfDay(start)) / s)).toBe(true);
        expect(Math.abs(dropped - (startOfDay(start) + moved))).toBeLessThanOrEqual(s / 2);
      }),
    );
  });

  it("moves a Wednesday 08:00 start two days on to Friday at midnight", () => {
    expect(droppedStart(at("2027-03-03T08:00"), 2, DAY)).toBe(at("2027-03-05T00:00"));
  });

  it("ends a dragged finish at a midnight, never before the end of the start's day", () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 60 * DAY }), drag, step, (s, d, moved, st) => {
        const until = draggedFinish(s, s + d, wholeSteps(moved, st), st);
        expect(startOfDay(until)).toBe(until);
        expect(until).toBeGreaterThanOrEqual(startOfDay(s) + DAY);
        expect(until).toBeGreaterThan(s);
      }),
    );
  });

  it("keeps the finish's own day when not dragged, and a midnight finish in the day it ends", () => {
    const start = at("2027-03-03T08:00");
    expect(draggedFinish(start, at("2027-03-05T17:00"), 0, DAY)).toBe(at("2027-03-06T00:00"));
    expect(draggedFinish(start, at("2027-03-06T00:00"), 0, DAY)).toBe(at("2027-03-06T00:00"));
    expect(draggedFinish(start, at("2027-03-05T17:00"), 3, DAY)).toBe(at("2027-03-09T00:00"));
    expect(draggedFinish(start, at("2027-03-05T17:00"), -9, DAY)).toBe(at("2027-03-04T00:00"));
  });
});
