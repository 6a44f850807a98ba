import type { PortfolioMilestone } from "@orrery/contracts/milestones";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wallMinute } from "../plan/gantt/wall-clock.js";
import { milestoneLanes, timelineSpan } from "./milestone-lanes.js";

function milestone(
  projectKey: string,
  uid: number,
  finish: string,
  baselineFinish: string | null = null,
): PortfolioMilestone {
  return {
    projectId: `id-${projectKey}`,
    projectKey,
    projectName: `Project ${projectKey}`,
    uid,
    name: `M${uid}`,
    wbs: null,
    finish,
    baselineFinish,
    deadline: null,
    percentComplete: 0,
    critical: false,
    totalFloatMinutes: null,
  };
}

const minute = (text: string) => wallMinute(text) ?? Number.NaN;

describe("milestone lanes", () => {
  it("puts each project on one lane, ordered by its first milestone, keeping finish order within", () => {
    const lanes = milestoneLanes([
      milestone("B", 1, "2027-01-10T17:00:00"),
      milestone("A", 1, "2027-02-01T17:00:00"),
      milestone("B", 2, "2027-03-01T17:00:00"),
    ]);
    expect(lanes.map((lane) => [lane.projectKey, lane.milestones.map((m) => m.uid)])).toEqual([
      ["B", [1, 2]],
      ["A", [1]],
    ]);
  });

  it("loses or repeats no milestone", () => {
    const arbitrary = fc.array(
      fc.record({
        key: fc.constantFrom("A", "B", "C", "D"),
        uid: fc.integer({ min: 1, max: 1000 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arbitrary, (rows) => {
        const input = rows.map((r) =>
          milestone(r.key, r.uid, `2027-05-${String(r.day).padStart(2, "0")}T17:00:00`),
        );
        const lanes = milestoneLanes(input);
        expect(lanes.flatMap((lane) => lane.milestones).length).toBe(input.length);
        expect(new Set(lanes.map((lane) => lane.projectId)).size).toBe(lanes.length);
        for (const lane of lanes)
          expect(lane.milestones.every((m) => m.projectId === lane.projectId)).toBe(true);
      }),
    );
  });
});

describe("timeline span", () => {
  it("covers today, every forecast and every baseline, in whole months", () => {
    const span = timelineSpan(
      [milestone("A", 1, "2027-03-09T17:00:00", "2027-02-20T17:00:00")],
      minute("2027-01-15T09:00:00"),
    );
    expect(span).toEqual({
      from: minute("2027-01-01T00:00:00"),
      to: minute("2027-04-01T00:00:00"),
      zoom: "month",
    });
  });

  it("leaves today out when the milestones are years away from it", () => {
    const span = timelineSpan(
      [milestone("A", 1, "2020-05-04T17:00:00")],
      minute("2026-11-23T09:00:00"),
    );
    expect(span).toEqual({
      from: minute("2020-05-01T00:00:00"),
      to: minute("2020-06-01T00:00:00"),
      zoom: "month",
    });
  });

  it("switches to quarters for spans beyond a year and a half", () => {
    const span = timelineSpan(
      [milestone("A", 1, "2027-02-01T17:00:00"), milestone("B", 1, "2029-06-01T17:00:00")],
      minute("2027-01-15T09:00:00"),
    );
    expect(span.zoom).toBe("quarter");
  });
});
