import type { ProjectReview } from "@orrery/contracts/project-review";
import { describe, expect, it } from "vitest";
import {
  observationsOf,
  pendingObservations,
  reviewFormFrom,
  reviewWriteFrom,
  validateReviewForm,
} from "./review-form-values.js";

const review: ProjectReview = {
  projectId: "5b2f1d7e-1c3a-4e1b-9f6d-2a7c8e9b0d12",
  objectives: "met",
  objectivesNotes: "",
  schedule: "late",
  scheduleNotes: "",
  cost: null,
  costNotes: "",
  scope: null,
  scopeNotes: "",
  wentWell: ["Demos every week"],
  toImprove: ["Book test data early", "Fewer status meetings"],
  status: "draft",
  lessonsFrom: ["Demos every week"],
  version: 2,
  updatedAt: null,
  updatedBy: null,
};

describe("review form values", () => {
  it("reads observations one per line, blank lines ignored", () => {
    expect(observationsOf(" a \n\n b\n")).toEqual(["a", "b"]);
    expect(reviewWriteFrom(reviewFormFrom(review)).toImprove).toEqual(review.toImprove);
  });

  it("refuses the same observation twice, on the field", () => {
    const values = { ...reviewFormFrom(review), wentWell: "Same\nSame" };
    expect(Object.keys(validateReviewForm(values))).toEqual(["wentWell"]);
  });

  it("counts the observations not yet turned into lessons", () => {
    expect(pendingObservations(review)).toBe(2);
  });
});
