import { z } from "zod";
import { PersonRef, Timestamp } from "./common.js";

// The post-project review (PIR): one per project, written at close. It says how the project
// ended against its objectives, schedule, cost and scope, and what to keep and change; its
// observations become lessons in the knowledge base.

export const ObjectivesOutcome = z
  .enum(["met", "partly_met", "not_met"])
  .meta({ id: "ObjectivesOutcome" });
export const ScheduleOutcome = z.enum(["early", "on_time", "late"]).meta({ id: "ScheduleOutcome" });
export const CostOutcome = z
  .enum(["under_budget", "on_budget", "over_budget"])
  .meta({ id: "CostOutcome" });
export const ScopeOutcome = z
  .enum(["as_planned", "reduced", "expanded"])
  .meta({ id: "ScopeOutcome" });
export const ReviewStatus = z.enum(["draft", "completed"]).meta({ id: "ReviewStatus" });

const Notes = z.string().trim().max(10_000, "must be at most 10,000 characters");
const Observation = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(2_000, "must be at most 2,000 characters");
const Observations = z
  .array(Observation)
  .max(50, "at most 50 entries")
  .refine((items) => new Set(items).size === items.length, "must not repeat an entry");

const reviewFields = {
  objectives: ObjectivesOutcome.nullable(),
  objectivesNotes: Notes,
  schedule: ScheduleOutcome.nullable(),
  scheduleNotes: Notes,
  cost: CostOutcome.nullable(),
  costNotes: Notes,
  scope: ScopeOutcome.nullable(),
  scopeNotes: Notes,
  /** What to do again, one observation per entry. */
  wentWell: Observations,
  /** What to do differently, one observation per entry. */
  toImprove: Observations,
  status: ReviewStatus,
};

export const ProjectReview = z
  .object({
    projectId: z.uuid(),
    ...reviewFields,
    /** Observations already turned into lessons (generating again skips them). */
    lessonsFrom: z.array(z.string()),
    /** Null until the review is first saved. */
    version: z.number().int().nullable(),
    updatedAt: Timestamp.nullable(),
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "ProjectReview" });
export type ProjectReview = z.infer<typeof ProjectReview>;

/** The whole form, saved at once (If-Match with the version read; none for the first save). */
export const ProjectReviewWrite = z
  .object({
    objectives: ObjectivesOutcome.nullable().default(null),
    objectivesNotes: Notes.default(""),
    schedule: ScheduleOutcome.nullable().default(null),
    scheduleNotes: Notes.default(""),
    cost: CostOutcome.nullable().default(null),
    costNotes: Notes.default(""),
    scope: ScopeOutcome.nullable().default(null),
    scopeNotes: Notes.default(""),
    wentWell: Observations.default([]),
    toImprove: Observations.default([]),
    status: ReviewStatus.default("draft"),
  })
  .strict()
  .meta({ id: "ProjectReviewWrite" });
export type ProjectReviewWrite = z.input<typeof ProjectReviewWrite>;

/** What generating lessons from a review answers: the lessons it recorded just now. */
export const GeneratedLessons = z
  .object({ created: z.number().int(), lessonIds: z.array(z.uuid()) })
  .meta({ id: "GeneratedLessons" });
export type GeneratedLessons = z.infer<typeof GeneratedLessons>;
