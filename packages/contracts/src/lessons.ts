import { z } from "zod";
import { commaList, PageQuery, PersonRef, Timestamp } from "./common.js";
import { LessonPromotion } from "./lesson-promotions.js";
import { ProjectRef } from "./raid.js";

// Lessons learned: what happened on a project, what it did, and what the next project should
// do about it. Each lesson belongs to a project; together they are the organisation's
// knowledge base, searched by meaning (PostgreSQL full-text search), not by exact words.

export const LESSON_CATEGORIES = [
  "planning",
  "scope",
  "schedule",
  "cost",
  "quality",
  "resources",
  "stakeholders",
  "communication",
  "risk",
  "procurement",
  "technical",
  "governance",
  "other",
] as const;
export const LessonCategory = z.enum(LESSON_CATEGORIES).meta({ id: "LessonCategory" });
export type LessonCategory = z.infer<typeof LessonCategory>;

/** When a lesson was captured: while the project ran, or in its closing review. */
export const LessonOrigin = z.enum(["during_project", "at_close"]).meta({ id: "LessonOrigin" });
export type LessonOrigin = z.infer<typeof LessonOrigin>;

/** A RAID risk a lesson refers to (deleted risks drop out of the list). */
export const LinkedRisk = z
  .object({ id: z.uuid(), ref: z.string(), title: z.string() })
  .meta({ id: "LinkedRisk" });
export type LinkedRisk = z.infer<typeof LinkedRisk>;

/** A plan task a lesson refers to, by its UID in the project's plan. */
export const LinkedTask = z
  .object({ uid: z.number().int(), name: z.string() })
  .meta({ id: "LinkedTask" });
export type LinkedTask = z.infer<typeof LinkedTask>;

export const Lesson = z
  .object({
    id: z.uuid(),
    project: ProjectRef,
    title: z.string(),
    whatHappened: z.string(),
    effect: z.string(),
    recommendation: z.string(),
    category: LessonCategory,
    tags: z.array(z.string()),
    /** The lifecycle phase it was learnt in, as the project names it (`Execute`, `Stage 2`). */
    phase: z.string(),
    origin: LessonOrigin,
    risks: z.array(LinkedRisk),
    tasks: z.array(LinkedTask),
    /** Templates this lesson was promoted into, oldest first. */
    promotions: z.array(LessonPromotion),
    author: PersonRef.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "Lesson" });
export type Lesson = z.infer<typeof Lesson>;

const Title = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const Body = z.string().trim().max(10_000, "must be at most 10,000 characters");
const RequiredBody = Body.min(1, "is required");
/** Tags are kept as typed; a comma would make them unfilterable (`tag=a,b` lists two). */
const Tag = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(40, "must be at most 40 characters")
  .regex(/^[^,]+$/, "must not contain a comma");
const Tags = z
  .array(Tag)
  .max(20, "at most 20 tags")
  .refine((tags) => new Set(tags).size === tags.length, "must not repeat a tag");
const Phase = z.string().trim().max(80, "must be at most 80 characters");
const RiskIds = z
  .array(z.uuid("must be RAID item ids"))
  .max(50, "at most 50 risks")
  .refine((ids) => new Set(ids).size === ids.length, "must not repeat a risk");
const TaskUids = z
  .array(z.number().int().min(1, "must be task UIDs").max(2_000_000_000))
  .max(50, "at most 50 tasks")
  .refine((uids) => new Set(uids).size === uids.length, "must not repeat a task");

export const LessonCreate = z
  .object({
    title: Title,
    whatHappened: RequiredBody,
    effect: Body.default(""),
    recommendation: RequiredBody,
    category: LessonCategory.default("other"),
    tags: Tags.default([]),
    phase: Phase.default(""),
    origin: LessonOrigin.default("during_project"),
    /** Risks of the same project's RAID log. */
    riskIds: RiskIds.default([]),
    /** Tasks of the same project's plan. */
    taskUids: TaskUids.default([]),
  })
  .strict()
  .meta({ id: "LessonCreate" });
export type LessonCreate = z.input<typeof LessonCreate>;

/** Partial update; absent fields are unchanged. Lists are replaced whole. */
export const LessonUpdate = z
  .object({
    title: Title,
    whatHappened: RequiredBody,
    effect: Body,
    recommendation: RequiredBody,
    category: LessonCategory,
    tags: Tags,
    phase: Phase,
    origin: LessonOrigin,
    riskIds: RiskIds,
    taskUids: TaskUids,
  })
  .partial()
  .strict()
  .meta({ id: "LessonUpdate" });
export type LessonUpdate = z.input<typeof LessonUpdate>;

/** Part of a highlighted text: `match` runs are the words the search found. */
export const TextRun = z
  .object({ text: z.string(), match: z.boolean() })
  .meta({ id: "TextRun", description: "A run of text; `match` marks the words a search found" });
export type TextRun = z.infer<typeof TextRun>;

/**
 * A lesson as a list or search shows it. With a query, `rank` orders the results (higher is
 * better) and `highlights` gives the title and an excerpt as runs of plain text, so a client
 * renders the matches without ever treating lesson text as markup.
 */
export const LessonHit = z
  .object({
    lesson: Lesson,
    rank: z.number().nullable(),
    highlights: z.object({ title: z.array(TextRun), excerpt: z.array(TextRun) }).nullable(),
  })
  .meta({ id: "LessonHit" });
export type LessonHit = z.infer<typeof LessonHit>;

/**
 * The knowledge base's search: words as people type them into a search box (`"cut over" -
 * vendor`, `or` between alternatives). Without `q`, newest first; with it, best match first.
 */
export const LessonSearchQuery = PageQuery.extend({
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
  /** One category or several, comma-separated. */
  category: commaList(LessonCategory).optional(),
  /** Lessons carrying every tag given, comma-separated. */
  tag: commaList(Tag).optional(),
  projectId: z.uuid("must be a project id").optional(),
});
export type LessonSearchQuery = z.infer<typeof LessonSearchQuery>;

/** A project's own lessons take the same filters, the project being fixed. */
export const ProjectLessonQuery = LessonSearchQuery.omit({ projectId: true });
export type ProjectLessonQuery = z.infer<typeof ProjectLessonQuery>;

/**
 * What to suggest lessons for: some text (a risk being recorded) or a project (its name, tags
 * and description when no text is given). Lessons of the project named are left out: they are
 * not news to it.
 */
export const LessonSuggestionQuery = z
  .object({
    /** The project the suggestions are for. */
    projectId: z.uuid("must be a project id").optional(),
    /** What to find lessons about; when given, the project's own words are not searched. */
    text: z.string().max(5_000, "must be at most 5,000 characters").optional(),
    limit: z.coerce.number().int().min(1).max(20).default(5),
  })
  .refine((q) => q.projectId !== undefined || (q.text ?? "").trim() !== "", {
    message: "give a projectId or some text",
    path: ["text"],
  });
export type LessonSuggestionQuery = z.infer<typeof LessonSuggestionQuery>;

export const LessonSuggestions = z
  .object({
    /** The words the suggestions were searched by, most telling first. */
    terms: z.array(z.string()),
    items: z.array(LessonHit),
  })
  .meta({ id: "LessonSuggestions" });
export type LessonSuggestions = z.infer<typeof LessonSuggestions>;
