import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightRuns, MATCH_END, MATCH_START } from "./highlight-runs.js";

const piece = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => s.replaceAll(MATCH_START, "").replaceAll(MATCH_END, "")),
  fc.constantFrom(MATCH_START, MATCH_END, "<b>", "&amp;"),
);
const headline = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("highlightRuns", () => {
  it("keeps every character but the markers, in order", () => {
    fc.assert(
      fc.property(headline, (h) => {
        const joined = highlightRuns(h)
          .map((r) => r.text)
          .join("");
        expect(joined).toBe(h.replaceAll(MATCH_START, "").replaceAll(MATCH_END, ""));
      }),
    );
  });

  it("never gives an empty run nor two neighbours of the same kind", () => {
    fc.assert(
      fc.property(headline, (h) => {
        const runs = highlightRuns(h);
        for (const [i, run] of runs.entries()) {
          expect(run.text).not.toBe("");
          if (i > 0) expect(run.match).not.toBe(runs[i - 1]?.match);
        }
      }),
    );
  });

  it("marks the words between the markers, markup left as text", () => {
    expect(highlightRuns(`Late ${MATCH_START}vendor${MATCH_END} <b>data</b>`)).toEqual([
      { text: "Late ", match: false },
      { text: "vendor", match: true },
      { text: " <b>data</b>", match: false },
    ]);
    expect(highlightRuns(`${MATCH_START}cut`)).toEqual([{ text: "cut", match: true }]);
    expect(highlightRuns("")).toEqual([]);
  });
});
