import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftReviewLessons, titleOf } from "./review-lessons.js";

const observation = fc
  .string({ minLength: 1, maxLength: 400 })
  .filter((s) => s.trim() !== "")
  .map((s) => s.trim());
const observations = fc.uniqueArray(observation, { maxLength: 10 });

describe("draftReviewLessons", () => {
  it("drafts one lesson per observation not used before, and none when all were", () => {
    fc.assert(
      fc.property(observations, observations, fc.nat(), (wentWell, toImprove, seed) => {
        const all = [...wentWell, ...toImprove];
        const lessonsFrom = all.filter((_, i) => (seed >> i) & 1);
        const drafts = draftReviewLessons({ wentWell, toImprove, lessonsFrom });
        const expected = all.filter((text) => !lessonsFrom.includes(text));
        expect(drafts.map((d) => d.source)).toEqual(expected);
        const again = draftReviewLessons({
          wentWell,
          toImprove,
          lessonsFrom: [...lessonsFrom, ...drafts.map((d) => d.source)],
        });
        expect(again).toEqual([]);
      }),
    );
  });

  it("keeps the observation as what happened and tags where it came from", () => {
    const [kept, changed] = draftReviewLessons({
      wentWell: ["Daily stand-ups with the vendor."],
      toImprove: ["Data migration started too late. It needed two rehearsals."],
      lessonsFrom: [],
    });
    expect(kept).toMatchObject({
      title: "Daily stand-ups with the vendor.",
      tags: ["went well"],
      recommendation: "Repeat: Daily stand-ups with the vendor.",
    });
    expect(changed).toMatchObject({
      title: "Data migration started too late.",
      whatHappened: "Data migration started too late. It needed two rehearsals.",
      tags: ["to improve"],
    });
  });
});

describe("titleOf", () => {
  it("is never empty for text and never longer than a title may be", () => {
    fc.assert(
      fc.property(observation, (text) => {
        const title = titleOf(text);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});
