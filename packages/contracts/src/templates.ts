import { z } from "zod";
import { PageQuery, PersonRef, Timestamp } from "./common.js";
import { Methodology } from "./projects.js";
import { RagRulesDefinition } from "./rag-rules.js";
import { RiskRating } from "./raid.js";

// Lifecycle templates: the organisation's standard ways of running a project. A template is a
// list of phases, each closed by a gate; every edit publishes a new immutable version, and a
// project keeps the version it started with until someone moves it on.

/** How often the project manager writes a status report. */
export const ReportCadence = z
  .enum(["weekly", "fortnightly", "monthly"])
  .meta({ id: "ReportCadence" });
export type ReportCadence = z.infer<typeof ReportCadence>;

/**
 * The organisation roles a template may name as a gate's reviewers: those that decide gates.
 * Administrators and PMO managers run every review whether named or not.
 */
export const GateReviewerRole = z
  .enum(["executive", "pmo_manager", "portfolio_manager"])
  .meta({ id: "GateReviewerRole" });
export type GateReviewerRole = z.infer<typeof GateReviewerRole>;

const Name = z.string().trim().min(1, "is required").max(120, "must be at most 120 characters");
const Description = z.string().max(4_000, "must be at most 4,000 characters").default("");
const ItemText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(300, "must be at most 300 characters");

/** Refuses a list that repeats an entry (ignoring case), naming the repeat's place. */
function distinct(what: string, field: string[] = []) {
  return (items: readonly string[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = item.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: [index, ...field], message: `repeats ${what}` });
      seen.add(key);
    });
  };
}

/** The gate that closes a phase: what must be true and delivered, and who decides. */
export const GateDefinition = z
  .object({
    name: Name,
    /** Checklist the project manager ticks before requesting the review. */
    criteria: z
      .array(ItemText)
      .max(50, "at most 50 criteria")
      .default([])
      .superRefine(distinct("a criterion")),
    /** Names of the deliverables the gate needs (charter, business case…). */
    requiredDocuments: z
      .array(ItemText)
      .max(30, "at most 30 documents")
      .default([])
      .superRefine(distinct("a document")),
    /** Organisation roles that decide the gate; executives decide only gates naming them. */
    reviewerRoles: z
      .array(GateReviewerRole)
      .min(1, "needs at least one reviewer role")
      .superRefine(distinct("a role")),
  })
  .strict()
  .meta({ id: "GateDefinition" });
export type GateDefinition = z.infer<typeof GateDefinition>;

export const PhaseDefinition = z
  .object({ name: Name, description: Description, gate: GateDefinition })
  .strict()
  .meta({ id: "PhaseDefinition" });
export type PhaseDefinition = z.infer<typeof PhaseDefinition>;

/** A threat every project started from the template records in its RAID log from day one. */
export const DefaultRisk = z
  .object({
    /** As long as a RAID item's title may be. */
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    /** One of the template's RAID categories, or a category of the PMO's own. */
    category: z.string().trim().max(60, "must be at most 60 characters").default(""),
    probability: RiskRating,
    impact: RiskRating,
  })
  .strict()
  .meta({ id: "DefaultRisk" });
export type DefaultRisk = z.output<typeof DefaultRisk>;

const DefaultRisks = z
  .array(DefaultRisk)
  .max(30, "at most 30 default risks")
  .default([])
  .superRefine((risks, ctx) =>
    distinct("a risk title", ["title"])(
      risks.map((r) => r.title),
      ctx,
    ),
  );

/** Everything a template version fixes. */
export const TemplateDefinition = z
  .object({
    name: Name,
    description: Description,
    methodology: Methodology,
    reportCadence: ReportCadence.default("fortnightly"),
    /** Categories a new project's RAID log starts with. */
    raidCategories: z
      .array(z.string().trim().min(1, "must not be empty").max(60, "must be at most 60 characters"))
      .max(30, "at most 30 categories")
      .default([])
      .superRefine(distinct("a category")),
    /** Thresholds of the rules that colour the status reports of projects on this version. */
    ragRules: RagRulesDefinition,
    /** Risks a new project's RAID log starts with. */
    defaultRisks: DefaultRisks,
    /**
     * Organisation roles that decide the project's change requests; administrators and PMO
     * managers decide them whether named or not.
     */
    changeApproverRoles: z
      .array(GateReviewerRole)
      .min(1, "needs at least one approver role")
      .default(["pmo_manager"])
      .superRefine(distinct("a role")),
    phases: z
      .array(PhaseDefinition)
      .min(1, "needs at least one phase")
      .max(30, "at most 30 phases")
      .superRefine((phases, ctx) =>
        distinct("a phase name", ["name"])(
          phases.map((p) => p.name),
          ctx,
        ),
      ),
  })
  .strict()
  .meta({ id: "TemplateDefinition" });
export type TemplateDefinitionInput = z.input<typeof TemplateDefinition>;
export type TemplateDefinition = z.output<typeof TemplateDefinition>;

/** A gate as a template version stores it. */
export const Gate = z
  .object({
    name: z.string(),
    criteria: z.array(z.string()),
    requiredDocuments: z.array(z.string()),
    reviewerRoles: z.array(GateReviewerRole),
  })
  .meta({ id: "Gate" });
export type Gate = z.infer<typeof Gate>;

export const Phase = z
  .object({ name: z.string(), description: z.string(), gate: Gate })
  .meta({ id: "Phase" });
export type Phase = z.infer<typeof Phase>;

/** The content of one template version. */
export const TemplateContent = z
  .object({
    name: z.string(),
    description: z.string(),
    methodology: Methodology,
    reportCadence: ReportCadence,
    raidCategories: z.array(z.string()),
    /** Versions published before templates carried rules read as Orrery's defaults. */
    ragRules: RagRulesDefinition,
    defaultRisks: z.array(DefaultRisk).default([]),
    /** Versions published before change control name the PMO managers. */
    changeApproverRoles: z.array(GateReviewerRole).default(["pmo_manager"]),
    phases: z.array(Phase),
  })
  .meta({ id: "TemplateContent" });
export type TemplateContent = z.infer<typeof TemplateContent>;

/** A template as the library lists it: its latest version's content. */
export const LifecycleTemplate = TemplateContent.extend({
  id: z.uuid(),
  /** Set on the four templates Orrery ships (`waterfall`, `prince2`, `agile`, `hybrid`). */
  builtIn: z.string().nullable(),
  /** The latest published version; also the ETag. */
  version: z.number().int(),
  /** The template this one was copied from, if any. */
  copiedFrom: z.uuid().nullable(),
  createdAt: Timestamp,
  createdBy: PersonRef.nullable(),
  updatedAt: Timestamp,
  updatedBy: PersonRef.nullable(),
}).meta({ id: "LifecycleTemplate" });
export type LifecycleTemplate = z.infer<typeof LifecycleTemplate>;

/** One published version of a template, immutable once published. */
export const TemplateVersion = z
  .object({
    templateId: z.uuid(),
    version: z.number().int(),
    content: TemplateContent,
    publishedAt: Timestamp,
    publishedBy: PersonRef.nullable(),
  })
  .meta({ id: "TemplateVersion" });
export type TemplateVersion = z.infer<typeof TemplateVersion>;

export const TemplateCopy = z
  .object({ name: Name.optional() })
  .strict()
  .meta({ id: "TemplateCopy", description: "Name of the copy; default 'Copy of …'" });
export type TemplateCopy = z.input<typeof TemplateCopy>;

export const TemplateListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
});
export type TemplateListQuery = z.infer<typeof TemplateListQuery>;
