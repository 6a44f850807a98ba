import { z } from "zod";
import { commaList, IsoDate, PageQuery, PersonRef, Timestamp } from "./common.js";

// The RAID log: risks (threats and opportunities), issues, assumptions, dependencies, decisions
// and actions of a project. One resource with a `type`; the fields a type does not use are null.

export const RAID_TYPES = [
  "risk",
  "issue",
  "assumption",
  "dependency",
  "decision",
  "action",
] as const;
export const RaidType = z.enum(RAID_TYPES).meta({ id: "RaidType" });
export type RaidType = z.infer<typeof RaidType>;

/** The prefix of an item's reference, numbered per project and type (`R-12`, `DEC-3`). */
export const RAID_REF_PREFIXES: Record<RaidType, string> = {
  risk: "R",
  issue: "I",
  assumption: "A",
  dependency: "DEP",
  decision: "DEC",
  action: "ACT",
};

export const RaidStatus = z.enum(["open", "in_progress", "closed"]).meta({ id: "RaidStatus" });
export type RaidStatus = z.infer<typeof RaidStatus>;

/** A threat harms the project if it happens; an opportunity helps it. */
export const RiskKind = z.enum(["threat", "opportunity"]).meta({ id: "RiskKind" });
export type RiskKind = z.infer<typeof RiskKind>;

/**
 * Every response a risk can take. Which fit which kind (`exploit` is no answer to a threat) is a
 * domain rule in core (`responseFits`); the service applies it and names `response` when broken.
 */
export const RiskResponse = z
  .enum(["avoid", "reduce", "transfer", "accept", "exploit", "enhance", "share"])
  .meta({ id: "RiskResponse" });
export type RiskResponse = z.infer<typeof RiskResponse>;

export const IssuePriority = z
  .enum(["low", "medium", "high", "critical"])
  .meta({ id: "IssuePriority" });
export type IssuePriority = z.infer<typeof IssuePriority>;

/** A rating on the 5×5 matrix: 1 very low … 5 very high. */
export const RiskRating = z
  .number({
    error: (issue) =>
      issue.input === undefined ? "is required" : "must be a whole number from 1 to 5",
  })
  .int("must be a whole number from 1 to 5")
  .min(1, "must be from 1 to 5")
  .max(5, "must be from 1 to 5");

/** A project named by another resource, with enough to show and link it. */
export const ProjectRef = z
  .object({ id: z.uuid(), key: z.string(), name: z.string() })
  .meta({ id: "ProjectRef" });
export type ProjectRef = z.infer<typeof ProjectRef>;

/**
 * A task of the project's plan an item is linked to, by its UID, with its name and WBS code as
 * the plan has them now; `name` is null when the task has since been removed from the plan.
 */
export const RaidTaskRef = z
  .object({ uid: z.number().int(), name: z.string().nullable(), wbs: z.string().nullable() })
  .meta({ id: "RaidTaskRef" });
export type RaidTaskRef = z.infer<typeof RaidTaskRef>;

export const RaidItem = z
  .object({
    id: z.uuid(),
    project: ProjectRef,
    type: RaidType,
    /** Per project and type, never reused: `R-12`. */
    ref: z.string(),
    title: z.string(),
    description: z.string(),
    status: RaidStatus,
    owner: PersonRef.nullable(),
    /** Issues and actions: when due; dependencies: when needed by. */
    dueDate: IsoDate.nullable(),
    riskKind: RiskKind.nullable(),
    probability: z.number().int().nullable(),
    impact: z.number().int().nullable(),
    /** probability × impact, 1–25. */
    score: z.number().int().nullable(),
    /** When the risk would strike. */
    proximity: IsoDate.nullable(),
    response: RiskResponse.nullable(),
    responsePlan: z.string().nullable(),
    trigger: z.string().nullable(),
    residualProbability: z.number().int().nullable(),
    residualImpact: z.number().int().nullable(),
    residualScore: z.number().int().nullable(),
    priority: IssuePriority.nullable(),
    escalated: z.boolean().nullable(),
    /**
     * A dependency on another project of the organisation, when the caller may see it (null if
     * none, since deleted, or hidden from the caller).
     */
    dependsOnProject: ProjectRef.nullable(),
    /** True when the item depends on a project the caller may not see: its name stays hidden. */
    dependsOnHiddenProject: z.boolean(),
    /** One of the project's template RAID categories (free text if it has no template). */
    category: z.string().nullable(),
    /** Tasks of the project's plan the item bears on, in plan order. */
    tasks: z.array(RaidTaskRef),
    decidedOn: IsoDate.nullable(),
    decidedBy: z.string().nullable(),
    optionsConsidered: z.string().nullable(),
    rationale: z.string().nullable(),
    /**
     * Set by every edit and by "mark reviewed": stale entries are those nobody has looked at for
     * a while (see the list's `stale` filter).
     */
    lastReviewedAt: Timestamp.nullable(),
    lastReviewedBy: PersonRef.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    createdBy: PersonRef.nullable(),
    updatedAt: Timestamp,
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "RaidItem" });
export type RaidItem = z.infer<typeof RaidItem>;

const Title = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const LongText = z.string().max(10_000, "must be at most 10,000 characters");
const ShortText = z.string().trim().max(200, "must be at most 200 characters");
const PersonId = z.string().min(1).max(200);
/** A RAID category: one of the template's when the project has one (checked by the service). */
export const RaidCategory = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(60, "must be at most 60 characters");
/** The plan tasks an item links to, by UID; the whole set is replaced on update. */
const TaskUids = z
  .array(z.number().int("must be a task UID").min(0, "must be a task UID"))
  .max(100, "at most 100 tasks")
  .refine((uids) => new Set(uids).size === uids.length, "must not list a task twice");

/** The fields only some types use, and which: the service refuses the others by name. */
export const RAID_TYPE_FIELDS = {
  risk: [
    "riskKind",
    "probability",
    "impact",
    "proximity",
    "response",
    "responsePlan",
    "trigger",
    "residualProbability",
    "residualImpact",
  ],
  issue: ["priority", "dueDate", "escalated"],
  assumption: [],
  dependency: ["dependsOnProjectId", "dueDate"],
  decision: ["decidedOn", "decidedBy", "optionsConsidered", "rationale"],
  action: ["dueDate"],
} as const satisfies Record<RaidType, readonly string[]>;

const commonFields = {
  title: Title,
  description: LongText.default(""),
  status: RaidStatus.default("open"),
  ownerId: PersonId.nullable().default(null),
  category: RaidCategory.nullable().default(null),
  taskUids: TaskUids.default([]),
};

const riskFields = {
  riskKind: RiskKind.default("threat"),
  probability: RiskRating,
  impact: RiskRating,
  proximity: IsoDate.nullable().default(null),
  response: RiskResponse.nullable().default(null),
  responsePlan: LongText.default(""),
  trigger: LongText.default(""),
  residualProbability: RiskRating.nullable().default(null),
  residualImpact: RiskRating.nullable().default(null),
};

const issueFields = {
  priority: IssuePriority.default("medium"),
  dueDate: IsoDate.nullable().default(null),
  escalated: z.boolean().default(false),
};

const dependencyFields = {
  dependsOnProjectId: z.uuid("must be a project id").nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
};

const decisionFields = {
  decidedOn: IsoDate.nullable().default(null),
  decidedBy: ShortText.default(""),
  optionsConsidered: LongText.default(""),
  rationale: LongText.default(""),
};

const actionFields = { dueDate: IsoDate.nullable().default(null) };

export const RaidItemCreate = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("risk"), ...commonFields, ...riskFields }).strict(),
    z.object({ type: z.literal("issue"), ...commonFields, ...issueFields }).strict(),
    z.object({ type: z.literal("assumption"), ...commonFields }).strict(),
    z.object({ type: z.literal("dependency"), ...commonFields, ...dependencyFields }).strict(),
    z.object({ type: z.literal("decision"), ...commonFields, ...decisionFields }).strict(),
    z.object({ type: z.literal("action"), ...commonFields, ...actionFields }).strict(),
  ])
  .meta({ id: "RaidItemCreate" });
export type RaidItemCreate = z.input<typeof RaidItemCreate>;
export type RaidItemCreated = z.output<typeof RaidItemCreate>;

/**
 * Partial update; absent fields are unchanged, `null` clears a nullable one. The type is fixed
 * once created; a field the item's type does not use is refused with 422 naming it.
 */
export const RaidItemUpdate = z
  .object({
    title: Title,
    description: LongText,
    status: RaidStatus,
    ownerId: PersonId.nullable(),
    category: RaidCategory.nullable(),
    taskUids: TaskUids,
    dueDate: IsoDate.nullable(),
    riskKind: RiskKind,
    probability: RiskRating,
    impact: RiskRating,
    proximity: IsoDate.nullable(),
    response: RiskResponse.nullable(),
    responsePlan: LongText,
    trigger: LongText,
    residualProbability: RiskRating.nullable(),
    residualImpact: RiskRating.nullable(),
    priority: IssuePriority,
    escalated: z.boolean(),
    dependsOnProjectId: z.uuid("must be a project id").nullable(),
    decidedOn: IsoDate.nullable(),
    decidedBy: ShortText,
    optionsConsidered: LongText,
    rationale: LongText,
  })
  .partial()
  .strict()
  .meta({ id: "RaidItemUpdate" });
export type RaidItemUpdate = z.input<typeof RaidItemUpdate>;

export const RAID_SORTS = [
  "createdAt",
  "updatedAt",
  "title",
  "score",
  "dueDate",
  "status",
] as const;
export const RaidSort = z
  .enum([...RAID_SORTS, ...RAID_SORTS.map((s) => `-${s}` as const)])
  .meta({ id: "RaidSort", description: "Field to sort by; a leading '-' sorts descending" });
export type RaidSort = z.infer<typeof RaidSort>;

/** An item not reviewed for this many days is stale, unless the list asks otherwise. */
export const RAID_STALE_DAYS_DEFAULT = 30;

/** Filters of a project's RAID log. */
export const RaidListQuery = PageQuery.extend({
  /** One type or several, comma-separated: `type=risk,issue`. */
  type: commaList(RaidType).optional(),
  /** One status or several: `status=open,in_progress`. */
  status: commaList(RaidStatus).optional(),
  /** Case-insensitive search in reference, title and description. */
  q: z.string().trim().max(200).optional(),
  ownerId: z.string().max(200).optional(),
  /** One category or several: `category=Scope,Cost`. */
  category: commaList(z.string().max(60)).optional(),
  /** Items linked to this task of the plan (by UID). */
  taskUid: z.coerce.number().int().min(0).optional(),
  /**
   * `stale=true`: open items nobody has reviewed (edited or marked reviewed) for `staleDays`
   * days or more. Closed items are never stale.
   */
  stale: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  staleDays: z.coerce.number().int().min(1).max(3650).default(RAID_STALE_DAYS_DEFAULT),
  sort: RaidSort.default("-createdAt"),
});
export type RaidListQuery = z.infer<typeof RaidListQuery>;

/** The same across every project the caller may read (the PMO's view), or one of them. */
export const OrgRaidListQuery = RaidListQuery.extend({ projectId: z.uuid().optional() });
export type OrgRaidListQuery = z.infer<typeof OrgRaidListQuery>;

/**
 * Open threats counted on the 5×5 matrix: `cells[impact - 1][probability - 1]`, as core's
 * `heatMap` lays them out.
 */
export const RiskHeatMap = z
  .object({
    cells: z.array(z.array(z.number().int())),
    total: z.number().int(),
  })
  .meta({ id: "RiskHeatMap" });
export type RiskHeatMap = z.infer<typeof RiskHeatMap>;

/** An export takes the list's filters and sort, and writes every matching item. */
export const RaidExportQuery = RaidListQuery.omit({ limit: true, cursor: true }).extend({
  format: z.enum(["csv", "xlsx"]).default("csv"),
});
export type RaidExportQuery = z.infer<typeof RaidExportQuery>;
export const OrgRaidExportQuery = RaidExportQuery.extend({ projectId: z.uuid().optional() });
export type OrgRaidExportQuery = z.infer<typeof OrgRaidExportQuery>;

/** An item of a bulk edit: its id and the version the caller read (a stale one refuses all). */
export const RaidBulkTarget = z
  .object({ id: z.uuid("must be a RAID item id"), version: z.number().int().min(1) })
  .strict();

/**
 * What a bulk edit sets on every item: owner, status (`closed` closes them), category, due date.
 * Empty, it marks the items reviewed and changes nothing else; any edit also counts as a review.
 */
export const RaidBulkPatch = z
  .object({
    ownerId: PersonId.nullable(),
    status: RaidStatus,
    category: RaidCategory.nullable(),
    dueDate: IsoDate.nullable(),
  })
  .partial()
  .strict()
  .meta({ id: "RaidBulkPatch" });
export type RaidBulkPatch = z.infer<typeof RaidBulkPatch>;

/** A bulk edit: all or nothing, one audit row per item and one event. */
export const RaidBulkUpdate = z
  .object({
    items: z
      .array(RaidBulkTarget)
      .min(1, "needs at least one item")
      .max(500, "at most 500 items")
      .refine(
        (items) => new Set(items.map((i) => i.id)).size === items.length,
        "must not list an item twice",
      ),
    set: RaidBulkPatch.default({}),
  })
  .strict()
  .meta({ id: "RaidBulkUpdate" });
export type RaidBulkUpdate = z.input<typeof RaidBulkUpdate>;

export const RaidBulkResult = z.object({ items: z.array(RaidItem) }).meta({ id: "RaidBulkResult" });
export type RaidBulkResult = z.infer<typeof RaidBulkResult>;
