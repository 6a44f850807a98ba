import type { Lesson } from "@orrery/contracts/lessons";
import { describe, expect, it } from "vitest";
import {
  emptyLessonForm,
  lessonChangesFrom,
  lessonCreateFrom,
  lessonFormFrom,
  validateLessonForm,
} from "./lesson-form-values.js";

const lesson: Lesson = {
  id: "3f0b1c1e-8d44-4c36-9a4e-4a3c7d1f2b11",
  project: { id: "5b2f1d7e-1c3a-4e1b-9f6d-2a7c8e9b0d12", key: "CRM", name: "CRM" },
  title: "Book test data early",
  whatHappened: "Test data came late.",
  effect: "Two weeks lost.",
  recommendation: "Order it at kickoff.",
  category: "schedule",
  tags: ["testing"],
  phase: "Execute",
  origin: "during_project",
  risks: [],
  tasks: [{ uid: 4, name: "System test" }],
  promotions: [],
  author: null,
  version: 3,
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-01T10:00:00.000Z",
  updatedBy: null,
};

describe("lesson form values", () => {
  it("names the required fields of an empty form", () => {
    expect(Object.keys(validateLessonForm(emptyLessonForm())).sort()).toEqual([
      "recommendation",
      "title",
      "whatHappened",
    ]);
  });

  it("sends task UIDs as numbers", () => {
    expect(lessonCreateFrom({ ...emptyLessonForm(), taskUids: ["4", "12"] }).taskUids).toEqual([
      4, 12,
    ]);
  });

  it("sends only the fields that changed", () => {
    const values = { ...lessonFormFrom(lesson), effect: "Three weeks lost.", taskUids: [] };
    expect(lessonChangesFrom(lesson, values)).toEqual({
      effect: "Three weeks lost.",
      taskUids: [],
    });
    expect(lessonChangesFrom(lesson, lessonFormFrom(lesson))).toEqual({});
  });
});
