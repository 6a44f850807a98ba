import { type ProjectReview, ProjectReviewWrite } from "@orrery/contracts/project-review";
import type { FormFields } from "../../forms/field-errors.js";
import { validateWith } from "../../forms/schema-validation.js";

/** The review form: outcomes as the selects give them, observations typed one per line. */
export interface ReviewFormValues {
  objectives: string | null;
  objectivesNotes: string;
  schedule: string | null;
  scheduleNotes: string;
  cost: string | null;
  costNotes: string;
  scope: string | null;
  scopeNotes: string;
  wentWell: string;
  toImprove: string;
  status: string;
}

export const REVIEW_FORM_FIELDS: FormFields = {
  labels: {
    objectives: "Objectives",
    objectivesNotes: "Objectives notes",
    schedule: "Schedule",
    scheduleNotes: "Schedule notes",
    cost: "Cost",
    costNotes: "Cost notes",
    scope: "Scope",
    scopeNotes: "Scope notes",
    wentWell: "What went well",
    toImprove: "What to improve",
    status: "Status",
  },
};

export function reviewFormFrom(review: ProjectReview): ReviewFormValues {
  return {
    objectives: review.objectives,
    objectivesNotes: review.objectivesNotes,
    schedule: review.schedule,
    scheduleNotes: review.scheduleNotes,
    cost: review.cost,
    costNotes: review.costNotes,
    scope: review.scope,
    scopeNotes: review.scopeNotes,
    wentWell: review.wentWell.join("\n"),
    toImprove: review.toImprove.join("\n"),
    status: review.status,
  };
}

/** One observation per non-blank line. */
export function observationsOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The form as the request's fields, to be judged by the contract. */
function requestValues(values: ReviewFormValues) {
  return {
    ...values,
    wentWell: observationsOf(values.wentWell),
    toImprove: observationsOf(values.toImprove),
  };
}

/** The request of a validated form (`validateReviewForm` found nothing wrong). */
export function reviewWriteFrom(values: ReviewFormValues): ProjectReviewWrite {
  return ProjectReviewWrite.parse(requestValues(values));
}

const validateRequest = validateWith(ProjectReviewWrite, REVIEW_FORM_FIELDS);

export function validateReviewForm(values: ReviewFormValues) {
  return validateRequest(requestValues(values));
}

/** Observations of the saved review not yet turned into lessons. */
export function pendingObservations(review: ProjectReview): number {
  const used = new Set(review.lessonsFrom);
  return [...review.wentWell, ...review.toImprove].filter((text) => !used.has(text)).length;
}
