import { z } from "zod";
import { IsoDate, PageQuery, PersonRef, Timestamp } from "./common.js";
import { ProjectRef } from "./raid.js";

// Status reports: the project manager's periodic account of a project, with red/amber/green
// colours the data computes (by the PMO's rules) and the manager may override only with a written
// justification. Both colours are kept, so the PMO sees where judgement and data disagree.

export const Rag = z.enum(["green", "amber", "red"]).meta({ id: "Rag" });
export type Rag = z.infer<typeof Rag>;

export const RAG_DIMENSIONS = ["schedule", "cost", "scope", "risk"] as const;
export const RagDimension = z.enum(RAG_DIMENSIONS).meta({ id: "RagDimension" });
export type RagDimension = z.infer<typeof RagDimension>;

/** A colour the data gave, with the reason for every amber or red measure. */
export const RagFinding = z
  .object({ rag: Rag, reasons: z.array(z.string()) })
  .meta({ id: "RagFinding" });
export type RagFinding = z.infer<typeof RagFinding>;

/** What the rules measured: the inputs behind the colours, so a reader can check them. */
export const RagSignals = z
  .object({
    /** Milestones with a baseline, and how many working days each is forecast late (negative: early). */
    milestones: z.array(z.object({ name: z.string(), slipDays: z.number() })),
    /** The plan's least total float in working days (negative: a date cannot be met); null without a plan. */
    finishFloatDays: z.number().nullable(),
    /** Budget and cost forecast in minor units; the forecast is null until the plan carries costs. */
    budgetMinor: z.number().nullable(),
    costForecastMinor: z.number().nullable(),
    openThreats: z.array(z.object({ title: z.string(), score: z.number(), answered: z.boolean() })),
    overdueItems: z.array(z.object({ title: z.string() })),
    openScopeChanges: z.number().int(),
  })
  .meta({ id: "RagSignals" });
export type RagSignals = z.infer<typeof RagSignals>;

/** The colours computed now, per dimension and overall, from the project's current data. */
export const RagAssessment = z
  .object({
    overall: RagFinding,
    schedule: RagFinding,
    cost: RagFinding,
    scope: RagFinding,
    risk: RagFinding,
    signals: RagSignals,
    computedAt: Timestamp,
  })
  .meta({ id: "RagAssessment" });
export type RagAssessment = z.infer<typeof RagAssessment>;

/** A colour the manager set against the data's, and why. */
export const RagOverride = z
  .object({
    rag: Rag,
    justification: z
      .string()
      .trim()
      .min(10, "must say why, in at least 10 characters")
      .max(2000, "must be at most 2,000 characters"),
  })
  .meta({ id: "RagOverride" });
export type RagOverride = z.infer<typeof RagOverride>;

export const StatusReportState = z
  .enum(["draft", "submitted", "accepted", "returned"])
  .meta({ id: "StatusReportState" });
export type StatusReportState = z.infer<typeof StatusReportState>;

const Narrative = z.string().max(20_000, "must be at most 20,000 characters");

const NarrativeFields = {
  summary: Narrative,
  achievements: Narrative,
  nextSteps: Narrative,
  decisionsNeeded: Narrative,
};

/** One dimension of a report: the data's colour, the manager's override if any, and the result. */
export const ReportedRag = z
  .object({
    computed: RagFinding,
    override: RagOverride.nullable(),
    /** The override's colour when there is one, otherwise the computed one. */
    rag: Rag,
  })
  .meta({ id: "ReportedRag" });
export type ReportedRag = z.infer<typeof ReportedRag>;

export const StatusReport = z
  .object({
    id: z.uuid(),
    project: ProjectRef,
    /** Per project, from 1. */
    number: z.number().int(),
    /** The day the report speaks for. */
    periodEnd: IsoDate,
    state: StatusReportState,
    overall: ReportedRag,
    schedule: ReportedRag,
    cost: ReportedRag,
    scope: ReportedRag,
    risk: ReportedRag,
    signals: RagSignals,
    ...NarrativeFields,
    author: PersonRef.nullable(),
    submittedAt: Timestamp.nullable(),
    reviewer: PersonRef.nullable(),
    reviewedAt: Timestamp.nullable(),
    reviewComment: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: "StatusReport" });
export type StatusReport = z.infer<typeof StatusReport>;

const Overrides = z
  .object({
    overall: RagOverride.nullable(),
    schedule: RagOverride.nullable(),
    cost: RagOverride.nullable(),
    scope: RagOverride.nullable(),
    risk: RagOverride.nullable(),
  })
  .partial()
  .strict();

/** A new draft; the colours are computed from the data when it is written and again on submit. */
export const StatusReportCreate = z
  .object({
    periodEnd: IsoDate,
    summary: Narrative.default(""),
    achievements: Narrative.default(""),
    nextSteps: Narrative.default(""),
    decisionsNeeded: Narrative.default(""),
    overrides: Overrides.default({}),
  })
  .strict()
  .meta({ id: "StatusReportCreate" });
export type StatusReportCreate = z.input<typeof StatusReportCreate>;

/** Changes to a draft (or a returned report); `overrides.<dimension>: null` removes one. */
export const StatusReportUpdate = z
  .object({ periodEnd: IsoDate, ...NarrativeFields, overrides: Overrides })
  .partial()
  .strict()
  .meta({ id: "StatusReportUpdate" });
export type StatusReportUpdate = z.input<typeof StatusReportUpdate>;

/** The PMO's review of a submitted report: accept it, or return it to the manager with a comment. */
export const StatusReportReview = z
  .discriminatedUnion("decision", [
    z.object({ decision: z.literal("accept"), comment: z.string().max(5000).default("") }).strict(),
    z
      .object({
        decision: z.literal("return"),
        comment: z.string().trim().min(1, "must say what to change").max(5000),
      })
      .strict(),
  ])
  .meta({ id: "StatusReportReview" });
export type StatusReportReview = z.input<typeof StatusReportReview>;

export const StatusReportListQuery = PageQuery;

/** One project on the portfolio status page: its latest report against the one before. */
export const PortfolioStatusEntry = z
  .object({
    project: ProjectRef,
    /** The latest submitted (or reviewed) report; null when none was ever submitted. */
    latest: StatusReport.nullable(),
    /** The overall colour of the report before it, for the trend. */
    previousOverall: Rag.nullable(),
    /** Dimensions whose colour changed since the report before. */
    changed: z.array(z.enum(["overall", ...RAG_DIMENSIONS])),
    /** Overall colours of the last reports, oldest first (at most 8). */
    trend: z.array(Rag),
    /** When the next report is due (a week after the latest, or now if none). */
    nextDue: IsoDate,
    overdue: z.boolean(),
  })
  .meta({ id: "PortfolioStatusEntry" });
export type PortfolioStatusEntry = z.infer<typeof PortfolioStatusEntry>;

export const PortfolioStatusQuery = PageQuery;
