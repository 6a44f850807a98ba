import type { LessonPromotionCreate, PromotionTarget } from "@orrery/contracts/lesson-promotions";
import { LessonPromotionCreate as PromotionSchema } from "@orrery/contracts/lesson-promotions";
import type { Lesson } from "@orrery/contracts/lessons";
import type { FormFields } from "../../forms/field-errors.js";
import { validateWith } from "../../forms/schema-validation.js";

/** The promotion form as a PMO manager fills it in; the gate as the select gives it (text). */
export interface LessonPromotionValues {
  templateId: string;
  target: PromotionTarget;
  phase: string;
  text: string;
  category: string;
  probability: number;
  impact: number;
}

export const PROMOTION_FORM_FIELDS: FormFields = {
  labels: {
    templateId: "Template",
    target: "Promote as",
    phase: "Gate",
    text: "Text",
    category: "Category",
    probability: "Probability",
    impact: "Impact",
  },
};

/** Starts from the lesson's title: what the checklist or the RAID log will read, to be edited. */
export function promotionFormFrom(lesson: Lesson): LessonPromotionValues {
  return {
    templateId: "",
    target: "gate_criterion",
    phase: "",
    text: lesson.title.slice(0, 300),
    category: "",
    probability: 3,
    impact: 3,
  };
}

/** The form in the contract's terms: only the fields of the chosen target. */
export function promotionRequestFrom(values: LessonPromotionValues): LessonPromotionCreate {
  const { templateId, text } = values;
  return values.target === "gate_criterion"
    ? { target: "gate_criterion", templateId, text, phase: Number(values.phase) || 0 }
    : {
        target: "default_risk",
        templateId,
        text,
        category: values.category,
        probability: values.probability,
        impact: values.impact,
      };
}

const validateRequest = validateWith<LessonPromotionCreate>(PromotionSchema, PROMOTION_FORM_FIELDS);

/** Refuses what the server would, in the same words, before any request. */
export function validatePromotionForm(values: LessonPromotionValues) {
  return validateRequest(promotionRequestFrom(values));
}
