import { describe, expect, it } from "vitest";
import { LessonCreate, LessonSearchQuery, LessonSuggestionQuery } from "./lessons.js";

describe("LessonCreate", () => {
  it("fills the defaults of a lesson captured during the project", () => {
    expect(
      LessonCreate.parse({ title: " Book rooms ", whatHappened: "x", recommendation: "y" }),
    ).toMatchObject({
      title: "Book rooms",
      effect: "",
      category: "other",
      tags: [],
      origin: "during_project",
      riskIds: [],
      taskUids: [],
    });
  });

  it("names a tag with a comma, a repeated risk and a task that is no UID", () => {
    const parsed = LessonCreate.safeParse({
      title: "x",
      whatHappened: "y",
      recommendation: "z",
      tags: ["a,b"],
      riskIds: ["3f0b1c1e-8d44-4c36-9a4e-4a3c7d1f2b11", "3f0b1c1e-8d44-4c36-9a4e-4a3c7d1f2b11"],
      taskUids: [0],
    });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["tags.0", "riskIds", "taskUids.0"]),
    );
  });
});

describe("lesson queries", () => {
  it("reads comma-separated categories and tags", () => {
    expect(LessonSearchQuery.parse({ category: "cost, risk", tag: "a,b" })).toMatchObject({
      category: ["cost", "risk"],
      tag: ["a", "b"],
    });
  });

  it("wants a project or some text to suggest lessons for", () => {
    expect(LessonSuggestionQuery.safeParse({ text: "  " }).error?.issues[0]?.path).toEqual([
      "text",
    ]);
    expect(LessonSuggestionQuery.parse({ text: "cutover" }).limit).toBe(5);
  });
});
