import { z } from "zod";
import { IsoDate, PageQuery, PersonRef, Timestamp } from "./common.js";
import { ProjectRef } from "./raid.js";
import { StatusReport } from "./status-reports.js";
import { GateReviewerRole, ReportCadence } from "./templates.js";

// A project's lifecycle on one template version, and the reviews of its gates. Gates are
// numbered from 1: gate N closes phase N.

export const GateDecision = z
  .enum(["approved", "approved_with_conditions", "rejected", "recycled"])
  .meta({ id: "GateDecision" });
export type GateDecision = z.infer<typeof GateDecision>;

/** Where the gate closing the current phase stands. */
export const GateState = z
  .enum(["open", "requested", ...GateDecision.options])
  .meta({ id: "GateState" });
export type GateState = z.infer<typeof GateState>;

export const LifecycleStatus = z
  .enum(["running", "stopped", "closed"])
  .meta({ id: "LifecycleStatus" });
export type LifecycleStatus = z.infer<typeof LifecycleStatus>;

/**
 * A line of a gate's checklist: a criterion, or a required document. A required document is
 * supplied by a project document attached to the gate as that deliverable (listed in
 * `documents`), or ticked with a link or reference to where a deliverable kept elsewhere lives.
 */
export const GateItemKind = z.enum(["criterion", "document"]).meta({ id: "GateItemKind" });
export type GateItemKind = z.infer<typeof GateItemKind>;

export const GateChecklistItem = z
  .object({
    kind: GateItemKind,
    label: z.string(),
    done: z.boolean(),
    reference: z.string().nullable(),
    /** The project documents attached as this deliverable (documents only). */
    documents: z.array(z.object({ id: z.uuid(), title: z.string() })),
  })
  .meta({ id: "GateChecklistItem" });
export type GateChecklistItem = z.infer<typeof GateChecklistItem>;

export const LifecycleGate = z
  .object({
    number: z.number().int(),
    name: z.string(),
    reviewerRoles: z.array(GateReviewerRole),
    /** The gate's state: decisions for gates left behind, null for gates not reached. */
    state: GateState.nullable(),
    plannedDate: IsoDate.nullable(),
    checklist: z.array(GateChecklistItem),
  })
  .meta({ id: "LifecycleGate" });
export type LifecycleGate = z.infer<typeof LifecycleGate>;

export const LifecyclePhase = z
  .object({
    number: z.number().int(),
    name: z.string(),
    description: z.string(),
    progress: z.enum(["passed", "current", "future"]),
    gate: LifecycleGate,
  })
  .meta({ id: "LifecyclePhase" });
export type LifecyclePhase = z.infer<typeof LifecyclePhase>;

export const ProjectLifecycle = z
  .object({
    project: ProjectRef,
    template: z.object({
      id: z.uuid(),
      name: z.string(),
      /** The version this project follows. */
      version: z.number().int(),
      /** The template's newest version; above `version` the project may be moved on. */
      latestVersion: z.number().int(),
    }),
    status: LifecycleStatus,
    /** 1-based number of the current phase (the last one once closed). */
    currentPhase: z.number().int(),
    phases: z.array(LifecyclePhase),
    /** The gate closing the current phase, while the lifecycle runs. */
    nextGate: LifecycleGate.nullable(),
    /** What the next gate still misses before its review may be requested. */
    missing: z.array(GateChecklistItem),
    /** The review of the next gate awaiting its decision, if one is requested. */
    pendingReviewId: z.uuid().nullable(),
    reportCadence: ReportCadence,
    raidCategories: z.array(z.string()),
    version: z.number().int(),
    startedAt: Timestamp,
    updatedAt: Timestamp,
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "ProjectLifecycle" });
export type ProjectLifecycle = z.infer<typeof ProjectLifecycle>;

/** Puts a project without a lifecycle on a template version (the latest when absent). */
export const LifecycleApply = z
  .object({
    templateId: z.uuid("must be a template id"),
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .meta({ id: "LifecycleApply" });
export type LifecycleApply = z.input<typeof LifecycleApply>;

/** Moves a project to a newer version of its template; audited, with the versions before and after. */
export const LifecycleMigrate = z
  .object({ version: z.number().int().min(1, "must be a version number") })
  .strict()
  .meta({ id: "LifecycleMigrate" });
export type LifecycleMigrate = z.input<typeof LifecycleMigrate>;

const Reference = z.string().trim().max(500, "must be at most 500 characters");

/** Ticks or unticks lines of the next gate's checklist and plans gate dates. */
export const LifecycleUpdate = z
  .object({
    checklist: z
      .array(
        z
          .object({
            kind: GateItemKind,
            label: z.string().trim().min(1, "is required").max(300),
            done: z.boolean(),
            /** Where the document or evidence lives: a link or a reference. */
            reference: Reference.nullable().default(null),
          })
          .strict(),
      )
      .max(100)
      .optional(),
    gateDates: z
      .array(z.object({ gate: z.number().int().min(1), date: IsoDate.nullable() }).strict())
      .max(50)
      .optional(),
  })
  .strict()
  .meta({ id: "LifecycleUpdate" });
export type LifecycleUpdate = z.input<typeof LifecycleUpdate>;

export const GateReviewState = z
  .enum(["requested", ...GateDecision.options])
  .meta({ id: "GateReviewState" });
export type GateReviewState = z.infer<typeof GateReviewState>;

export const GateCondition = z
  .object({ id: z.uuid(), ref: z.string(), title: z.string(), dueDate: IsoDate.nullable() })
  .meta({ id: "GateCondition", description: "A RAID action tracking a condition of approval" });
export type GateCondition = z.infer<typeof GateCondition>;

/** A project document attached to the reviewed gate, for reviewers to read. */
export const GateReviewDocument = z
  .object({
    id: z.uuid(),
    title: z.string(),
    deliverable: z.string(),
    /** The newest version's number, to download it. */
    latestVersion: z.number().int(),
  })
  .meta({ id: "GateReviewDocument" });
export type GateReviewDocument = z.infer<typeof GateReviewDocument>;

export const GateReview = z
  .object({
    id: z.uuid(),
    project: ProjectRef,
    gate: z.number().int(),
    gateName: z.string(),
    templateVersion: z.number().int(),
    state: GateReviewState,
    note: z.string(),
    dueDate: IsoDate.nullable(),
    requestedAt: Timestamp,
    requestedBy: PersonRef.nullable(),
    comments: z.string(),
    conditions: z.array(GateCondition),
    decidedAt: Timestamp.nullable(),
    decidedBy: PersonRef.nullable(),
    reviewerRoles: z.array(GateReviewerRole),
    /** The project documents attached to this gate's deliverables. */
    documents: z.array(GateReviewDocument),
    /** Whether the caller may decide this review now. */
    mayDecide: z.boolean(),
    /**
     * The project's latest submitted or accepted status report, as reviewers weigh it; null when
     * there is none, or the caller may not read the project's status reports.
     */
    latestStatusReport: StatusReport.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "GateReview" });
export type GateReview = z.infer<typeof GateReview>;

export const GateReviewRequest = z
  .object({
    note: z.string().max(4_000, "must be at most 4,000 characters").default(""),
    /** When the decision is needed by; the gate calendar shows it. */
    dueDate: IsoDate.nullable().default(null),
  })
  .strict()
  .meta({ id: "GateReviewRequest" });
export type GateReviewRequest = z.input<typeof GateReviewRequest>;

const Comments = z.string().trim().max(10_000, "must be at most 10,000 characters");

/**
 * A reviewer's decision. Every decision but a plain approval needs comments; an approval with
 * conditions lists them, and each becomes a RAID action of the project.
 */
export const GateReviewDecision = z
  .object({
    decision: GateDecision,
    comments: Comments.default(""),
    conditions: z
      .array(
        z
          .object({
            title: z
              .string()
              .trim()
              .min(1, "is required")
              .max(200, "must be at most 200 characters"),
            dueDate: IsoDate.nullable().default(null),
            ownerId: z.string().min(1).max(200).nullable().default(null),
          })
          .strict(),
      )
      .max(20, "at most 20 conditions")
      .default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision !== "approved" && d.comments === "")
      ctx.addIssue({
        code: "custom",
        path: ["comments"],
        message: "are required for this decision",
      });
    if (d.decision === "approved_with_conditions" && d.conditions.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["conditions"],
        message: "needs at least one condition",
      });
    if (d.decision !== "approved_with_conditions" && d.conditions.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["conditions"],
        message: "are only for an approval with conditions",
      });
  })
  .meta({ id: "GateReviewDecision" });
export type GateReviewDecision = z.input<typeof GateReviewDecision>;

export const GateReviewListQuery = PageQuery;
export type GateReviewListQuery = z.infer<typeof GateReviewListQuery>;

/** A gate on the PMO's calendar: requested and awaiting a decision, or the next one to come. */
export const GateCalendarEntry = z
  .object({
    project: ProjectRef,
    gate: z.number().int(),
    gateName: z.string(),
    phaseName: z.string(),
    state: z.enum(["requested", "upcoming"]),
    /** The decision's due date when requested, else the gate's planned date. */
    date: IsoDate.nullable(),
    overdue: z.boolean(),
    reviewId: z.uuid().nullable(),
  })
  .meta({ id: "GateCalendarEntry" });
export type GateCalendarEntry = z.infer<typeof GateCalendarEntry>;

export const GateCalendarQuery = PageQuery.extend({
  state: z.enum(["requested", "upcoming", "overdue"]).optional(),
  /** Today as the caller sees it, to judge what is overdue; the server's date when absent. */
  asOf: IsoDate.optional(),
});
export type GateCalendarQuery = z.infer<typeof GateCalendarQuery>;
