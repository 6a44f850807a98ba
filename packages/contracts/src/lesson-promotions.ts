import { z } from "zod";
import { PersonRef, Timestamp } from "./common.js";
import { RiskRating } from "./raid.js";

// A lesson promoted into a lifecycle template, so the method learns: it becomes a criterion of
// one gate's checklist, or a risk every new project on the template starts with. Promotion
// publishes the template's next version; the lesson keeps a record of each.

export const PromotionTarget = z
  .enum(["gate_criterion", "default_risk"])
  .meta({ id: "PromotionTarget" });
export type PromotionTarget = z.infer<typeof PromotionTarget>;

const Text = z.string().trim().min(1, "is required").max(300, "must be at most 300 characters");

export const LessonPromotionCreate = z
  .discriminatedUnion("target", [
    z
      .object({
        target: z.literal("gate_criterion"),
        templateId: z.uuid("must be a template id"),
        /** The phase whose gate gets the criterion, numbered from 1. */
        phase: z
          .number({ error: "must be a phase number" })
          .int("must be a phase number")
          .min(1, "must be a phase number"),
        /** The criterion as the checklist will read. */
        text: Text,
      })
      .strict(),
    z
      .object({
        target: z.literal("default_risk"),
        templateId: z.uuid("must be a template id"),
        /** The risk's title as new projects' RAID logs will read. */
        text: Text.max(200, "must be at most 200 characters"),
        category: z.string().trim().max(60, "must be at most 60 characters").default(""),
        probability: RiskRating,
        impact: RiskRating,
      })
      .strict(),
  ])
  .meta({
    id: "LessonPromotionCreate",
    description: "Honours If-Match with the template's version: 412 when it moved on",
  });
export type LessonPromotionCreate = z.input<typeof LessonPromotionCreate>;

/** One promotion of a lesson: into which template version, and as what. */
export const LessonPromotion = z
  .object({
    id: z.uuid(),
    target: PromotionTarget,
    templateId: z.uuid(),
    templateName: z.string(),
    /** The version the promotion published. */
    templateVersion: z.number().int(),
    /** The gate that got the criterion; null for a default risk. */
    gateName: z.string().nullable(),
    text: z.string(),
    promotedAt: Timestamp,
    promotedBy: PersonRef.nullable(),
  })
  .meta({ id: "LessonPromotion" });
export type LessonPromotion = z.infer<typeof LessonPromotion>;
