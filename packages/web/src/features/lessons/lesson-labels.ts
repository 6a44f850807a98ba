import type { LessonCategory, LessonOrigin } from "@orrery/contracts/lessons";

export const CATEGORY_LABELS: Record<LessonCategory, string> = {
  planning: "Planning",
  scope: "Scope",
  schedule: "Schedule",
  cost: "Cost",
  quality: "Quality",
  resources: "Resources",
  stakeholders: "Stakeholders",
  communication: "Communication",
  risk: "Risk",
  procurement: "Procurement",
  technical: "Technical",
  governance: "Governance",
  other: "Other",
};

export const ORIGIN_LABELS: Record<LessonOrigin, string> = {
  during_project: "During the project",
  at_close: "At close",
};

export const CATEGORY_OPTIONS = Object.entries<string>(CATEGORY_LABELS).map(([value, label]) => ({
  value,
  label,
}));
