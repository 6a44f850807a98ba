import { z } from "zod";
import { commaList, PageQuery, PersonRef, Timestamp } from "./common.js";
import { TaskBatchOperation } from "./plans.js";
import { ProjectRef } from "./raid.js";
import { GateReviewerRole } from "./templates.js";

// Change control: a change to a project's scope, schedule, cost or risk is asked for, assessed
// and decided before it is made. The schedule part is a list of the very plan operations
// `tasks:batch` takes, so the impact is the engine's answer to them and approval applies them.

/** Where a request is in its life; core's `changeRequestTransition` moves it. */
export const ChangeRequestStatus = z
  .enum(["draft", "submitted", "approved", "rejected", "deferred", "applied", "withdrawn"])
  .meta({ id: "ChangeRequestStatus" });
export type ChangeRequestStatus = z.infer<typeof ChangeRequestStatus>;

/** What an approver decides. */
export const ChangeDecision = z
  .enum(["approved", "rejected", "deferred"])
  .meta({ id: "ChangeDecision" });
export type ChangeDecision = z.infer<typeof ChangeDecision>;

/** A task whose finish the change moves. */
export const MovedTask = z
  .object({
    uid: z.number().int(),
    name: z.string(),
    finishBefore: z.string().nullable(),
    finishAfter: z.string().nullable(),
    /** Working days on the project calendar; positive when the task finishes later. */
    deltaWorkingDays: z.number(),
  })
  .meta({ id: "MovedTask" });
export type MovedTask = z.infer<typeof MovedTask>;

export const TaskNamed = z
  .object({ uid: z.number().int(), name: z.string() })
  .meta({ id: "TaskNamed" });
export type TaskNamed = z.infer<typeof TaskNamed>;

/**
 * The engine's answer to the proposed operations on the plan at `planVersion`, nothing written.
 * When the operations no longer apply to that plan (a task they name was deleted), `problem`
 * says why and the dates are null.
 */
export const ScheduleImpact = z
  .object({
    planVersion: z.number().int(),
    computedAt: Timestamp,
    problem: z.string().nullable(),
    finishBefore: z.string().nullable(),
    finishAfter: z.string().nullable(),
    /** Working days on the project calendar; positive when the project finishes later. */
    finishDeltaWorkingDays: z.number().nullable(),
    /** The tasks that move most, latest-moving first (at most 20). */
    movedTasks: z.array(MovedTask),
    movedTaskCount: z.number().int(),
    addedTaskCount: z.number().int(),
    becameCritical: z.array(TaskNamed),
    leftCritical: z.array(TaskNamed),
  })
  .meta({ id: "ScheduleImpact" });
export type ScheduleImpact = z.infer<typeof ScheduleImpact>;

/** A cost change may be negative (a saving), so it is not `Money`. */
export const CostImpact = z
  .object({
    deltaMinor: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as EUR"),
  })
  .meta({ id: "CostImpact", description: "Change in minor units (negative saves) and currency" });
export type CostImpact = z.infer<typeof CostImpact>;

/** One decision on a request, as recorded: who, when, what and why. */
export const ChangeDecisionRecord = z
  .object({
    decision: ChangeDecision,
    comment: z.string(),
    decidedAt: Timestamp,
    decidedBy: PersonRef.nullable(),
  })
  .meta({ id: "ChangeDecisionRecord" });
export type ChangeDecisionRecord = z.infer<typeof ChangeDecisionRecord>;

export const ChangeRequest = z
  .object({
    id: z.uuid(),
    project: ProjectRef,
    /** Per project, never reused: `CR-3`. */
    ref: z.string(),
    title: z.string(),
    description: z.string(),
    reason: z.string(),
    status: ChangeRequestStatus,
    scopeImpact: z.string(),
    costImpact: CostImpact.nullable(),
    riskImpact: z.string(),
    /** RAID risks of the project the change affects. */
    riskIds: z.array(z.uuid()),
    /** The proposed plan edits, as `tasks:batch` takes them. */
    operations: z.array(TaskBatchOperation),
    /** Null when the request proposes no plan edits. */
    scheduleImpact: ScheduleImpact.nullable(),
    /**
     * True when the plan changed since the stored impact was computed; the one shown was then
     * computed afresh for this answer.
     */
    planChangedSinceImpact: z.boolean(),
    /** The organisation roles that may decide it (from the project's template). */
    approverRoles: z.array(GateReviewerRole),
    decisions: z.array(ChangeDecisionRecord),
    submittedAt: Timestamp.nullable(),
    appliedAt: Timestamp.nullable(),
    appliedBy: PersonRef.nullable(),
    /** The baseline taken when the change was applied, if one was. */
    baselineNumber: z.number().int().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    createdBy: PersonRef.nullable(),
    updatedAt: Timestamp,
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "ChangeRequest" });
export type ChangeRequest = z.infer<typeof ChangeRequest>;

const Title = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const LongText = z.string().max(10_000, "must be at most 10,000 characters");

const editable = {
  title: Title,
  description: LongText,
  reason: LongText,
  scopeImpact: LongText,
  /** The change to the budget in minor units; the currency is the project budget's. */
  costDeltaMinor: z
    .number()
    .int("must be a whole number of minor units")
    .min(-Number.MAX_SAFE_INTEGER)
    .max(Number.MAX_SAFE_INTEGER)
    .nullable(),
  riskImpact: LongText,
  riskIds: z.array(z.uuid("must be a RAID item id")).max(50, "at most 50 risks"),
  operations: z.array(TaskBatchOperation).max(1_000, "at most 1,000 plan operations"),
};

export const ChangeRequestCreate = z
  .object({
    title: editable.title,
    description: editable.description.default(""),
    reason: editable.reason.default(""),
    scopeImpact: editable.scopeImpact.default(""),
    costDeltaMinor: editable.costDeltaMinor.default(null),
    riskImpact: editable.riskImpact.default(""),
    riskIds: editable.riskIds.default([]),
    operations: editable.operations.default([]),
  })
  .strict()
  .meta({ id: "ChangeRequestCreate" });
export type ChangeRequestCreate = z.input<typeof ChangeRequestCreate>;

/** Partial update of a draft or deferred request; absent fields are unchanged. */
export const ChangeRequestUpdate = z
  .object(editable)
  .partial()
  .strict()
  .meta({ id: "ChangeRequestUpdate" });
export type ChangeRequestUpdate = z.input<typeof ChangeRequestUpdate>;

/** A baseline slot (0–10) to set from the changed plan. */
const BaselineSlot = z
  .number()
  .int("must be a whole number from 0 to 10")
  .min(0, "must be from 0 to 10")
  .max(10, "must be from 0 to 10");

/**
 * An approver's decision. Approving applies the plan operations at once unless `apply` is false
 * (the change then waits, approved, to be applied); `takeBaseline` sets that baseline after.
 */
export const ChangeRequestDecide = z
  .object({
    decision: ChangeDecision,
    comment: LongText.default(""),
    apply: z.boolean().default(true),
    takeBaseline: BaselineSlot.nullable().default(null),
  })
  .strict()
  .meta({ id: "ChangeRequestDecide" });
export type ChangeRequestDecide = z.input<typeof ChangeRequestDecide>;

/** Applies an approved request that was not applied when decided. */
export const ChangeRequestApply = z
  .object({ takeBaseline: BaselineSlot.nullable().default(null) })
  .strict()
  .meta({ id: "ChangeRequestApply" });
export type ChangeRequestApply = z.input<typeof ChangeRequestApply>;

/** Filters of a project's change log. */
export const ChangeRequestListQuery = PageQuery.extend({
  /** One status or several: `status=submitted,deferred`. */
  status: commaList(ChangeRequestStatus).optional(),
});
export type ChangeRequestListQuery = z.infer<typeof ChangeRequestListQuery>;
