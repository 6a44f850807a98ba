import { describe, expect, it } from "vitest";
import { parseDuration, parseName, parsePercent } from "./task-edits.js";

const plan = { minutesPerDay: 480, minutesPerWeek: 2400 };

describe("typing into the plan grid", () => {
  it("reads durations as MS Project does", () => {
    expect(parseDuration("3d", plan)).toEqual({
      ok: true,
      value: {
        durationMinutes: 1440,
        durationUnit: "days",
        durationElapsed: false,
        durationEstimated: false,
      },
    });
    expect(parseDuration("2w", plan)).toMatchObject({
      value: { durationMinutes: 4800, durationUnit: "weeks" },
    });
    expect(parseDuration("3ed", plan)).toMatchObject({
      value: { durationMinutes: 4320, durationElapsed: true },
    });
    expect(parseDuration("4", plan)).toMatchObject({
      value: { durationMinutes: 1920, durationUnit: "days" },
    });
    expect(parseDuration("1.5d?", plan)).toMatchObject({
      value: { durationMinutes: 720, durationEstimated: true },
    });
    for (const bad of ["", "soon", "-2d", "3 lightyears"])
      expect(parseDuration(bad, plan).ok, bad).toBe(false);
  });

  it("takes names and percentages within their limits", () => {
    expect(parseName("  Design  ")).toEqual({ ok: true, value: { name: "Design" } });
    expect(parseName("   ").ok).toBe(false);
    expect(parseName("x".repeat(501)).ok).toBe(false);
    expect(parsePercent("40%")).toEqual({ ok: true, value: { percentComplete: 40 } });
    for (const bad of ["", "101", "-1", "half"]) expect(parsePercent(bad).ok, bad).toBe(false);
  });
});
