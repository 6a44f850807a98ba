import {
  type Lesson,
  type LessonCategory,
  LessonCreate,
  type LessonOrigin,
  type LessonUpdate,
} from "@orrery/contracts/lessons";
import type { FormFields } from "../../forms/field-errors.js";
import { validateWith } from "../../forms/schema-validation.js";

/** The lesson form as a person fills it in; task UIDs as the multi-select gives them (text). */
export interface LessonFormValues {
  title: string;
  whatHappened: string;
  effect: string;
  recommendation: string;
  category: LessonCategory;
  tags: string[];
  phase: string;
  origin: LessonOrigin;
  riskIds: string[];
  taskUids: string[];
}

export const LESSON_FORM_FIELDS: FormFields = {
  labels: {
    title: "Title",
    whatHappened: "What happened",
    effect: "Effect",
    recommendation: "Recommendation",
    category: "Category",
    tags: "Tags",
    phase: "Phase",
    origin: "Captured",
    riskIds: "Linked risks",
    taskUids: "Linked tasks",
  },
};

export function emptyLessonForm(): LessonFormValues {
  return {
    title: "",
    whatHappened: "",
    effect: "",
    recommendation: "",
    category: "other",
    tags: [],
    phase: "",
    origin: "during_project",
    riskIds: [],
    taskUids: [],
  };
}

export function lessonFormFrom(lesson: Lesson): LessonFormValues {
  return {
    title: lesson.title,
    whatHappened: lesson.whatHappened,
    effect: lesson.effect,
    recommendation: lesson.recommendation,
    category: lesson.category,
    tags: [...lesson.tags],
    phase: lesson.phase,
    origin: lesson.origin,
    riskIds: lesson.risks.map((r) => r.id),
    taskUids: lesson.tasks.map((t) => String(t.uid)),
  };
}

/** The form in the contract's terms: every field, task UIDs as numbers. */
export function lessonCreateFrom(values: LessonFormValues): LessonCreate {
  return { ...values, taskUids: values.taskUids.map(Number) };
}

/** Only what changed, so an edit does not overwrite a colleague's change to another field. */
export function lessonChangesFrom(lesson: Lesson, values: LessonFormValues): LessonUpdate {
  const before = lessonCreateFrom(lessonFormFrom(lesson));
  const after = lessonCreateFrom(values);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof LessonCreate)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changes[key] = after[key];
  }
  return changes;
}

const validateRequest = validateWith<LessonCreate>(LessonCreate, LESSON_FORM_FIELDS);

/** Refuses what the server would, in the same words, before any request. */
export function validateLessonForm(values: LessonFormValues) {
  return validateRequest(lessonCreateFrom(values));
}
