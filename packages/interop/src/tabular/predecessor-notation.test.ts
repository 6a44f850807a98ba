import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LinkLag } from "../document/project-document.js";
import {
  formatPredecessorNotation,
  NO_LAG,
  type PredecessorReference,
  parsePredecessorNotation,
} from "./predecessor-notation.js";

const days = (value: number): LinkLag => ({
  kind: "time",
  minutes: value * 480,
  format: { unit: "days", elapsed: false, estimated: false },
});

const lagArbitrary: fc.Arbitrary<LinkLag> = fc.oneof(
  fc.record({
    kind: fc.constant("time" as const),
    minutes: fc
      .integer({ min: -60_000_000, max: 60_000_000 })
      .map((seconds) => (seconds === 0 ? 0 : seconds / 60)),
    format: fc.record({
      unit: fc.constantFrom("minutes", "hours", "days", "weeks", "months"),
      elapsed: fc.boolean(),
      estimated: fc.boolean(),
    }),
  }),
  fc.record({
    kind: fc.constant("percent" as const),
    percent: fc
      .integer({ min: -10_000, max: 10_000 })
      .map((hundredths) => (hundredths === 0 ? 0 : hundredths / 100)),
    elapsed: fc.boolean(),
  }),
);

const referencesArbitrary: fc.Arbitrary<PredecessorReference[]> = fc.array(
  fc.record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    type: fc.constantFrom("FS" as const, "SS" as const, "FF" as const, "SF" as const),
    lag: lagArbitrary,
  }),
  { maxLength: 6 },
);

describe("predecessor notation", () => {
  it("reads IDs, link types and lags in MS Project's notation", () => {
    expect(parsePredecessorNotation("4FS+2d, 7SS-10%, 9")).toEqual({
      ok: true,
      references: [
        { id: 4, type: "FS", lag: days(2) },
        { id: 7, type: "SS", lag: { kind: "percent", percent: -10, elapsed: false } },
        { id: 9, type: "FS", lag: NO_LAG },
      ],
    });
  });

  it("reads lower case, spaces, elapsed lags and a bare ID with a type", () => {
    expect(parsePredecessorNotation(" 3 ff + 1.5ed ; 2sf")).toEqual({
      ok: true,
      references: [
        {
          id: 3,
          type: "FF",
          lag: {
            kind: "time",
            minutes: 2160,
            format: { unit: "days", elapsed: true, estimated: false },
          },
        },
        { id: 2, type: "SF", lag: NO_LAG },
      ],
    });
  });

  it("takes semicolons as the separator when present, so a decimal comma is a lag", () => {
    expect(parsePredecessorNotation("4FS+1,5d;5")).toEqual({
      ok: true,
      references: [
        { id: 4, type: "FS", lag: days(1.5) },
        { id: 5, type: "FS", lag: NO_LAG },
      ],
    });
  });

  it("reads an empty cell as no predecessors", () => {
    expect(parsePredecessorNotation("  ")).toEqual({ ok: true, references: [] });
  });

  it.each([
    ["4XX", "4XX"],
    ["4FS+", "4FS+"],
    ["4FS+2q", "4FS+2q"],
    ["0", "0"],
    ["4,,5", ""],
    ["Project2\\4", "Project2\\4"],
  ])("names the bad item in %j", (text, item) => {
    const result = parsePredecessorNotation(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.item).toBe(item);
  });

  it("writes the shortest form MS Project writes", () => {
    expect(
      formatPredecessorNotation([
        { id: 4, type: "FS", lag: days(2) },
        { id: 7, type: "SS", lag: { kind: "percent", percent: -10, elapsed: false } },
        { id: 9, type: "FS", lag: NO_LAG },
        { id: 10, type: "FF", lag: NO_LAG },
      ]),
    ).toBe("4FS+2d,7SS-10%,9,10FF");
  });

  it("reads back what it writes", () => {
    fc.assert(
      fc.property(referencesArbitrary, (references) => {
        expect(parsePredecessorNotation(formatPredecessorNotation(references))).toEqual({
          ok: true,
          references,
        });
      }),
      { numRuns: 2000 },
    );
  });
});
