import { RAG_RULE_KEYS, type RagRuleKey } from "@orrery/contracts/rag-rules";
import {
  type DefaultRisk,
  type LifecycleTemplate,
  type PhaseDefinition,
  TemplateDefinition,
  type TemplateDefinitionInput,
} from "@orrery/contracts/templates";
import type { FieldErrors } from "../../forms/field-errors.js";
import { RAG_RULE_LABELS } from "./template-labels.js";

/** The template form holds exactly what a version publishes. */
export type TemplateFormValues = TemplateDefinitionInput & {
  phases: PhaseDefinition[];
  ragRules: Record<RagRuleKey, { amberAbove: number; redAbove: number }>;
  defaultRisks: DefaultRisk[];
};

export function templateFormFrom(template: LifecycleTemplate): TemplateFormValues {
  return {
    name: template.name,
    description: template.description,
    methodology: template.methodology,
    reportCadence: template.reportCadence,
    raidCategories: [...template.raidCategories],
    ragRules: structuredClone(template.ragRules),
    defaultRisks: template.defaultRisks.map((risk) => ({ ...risk })),
    changeApproverRoles: [...template.changeApproverRoles],
    phases: template.phases.map((phase) => ({
      name: phase.name,
      description: phase.description,
      gate: {
        name: phase.gate.name,
        criteria: [...phase.gate.criteria],
        requiredDocuments: [...phase.gate.requiredDocuments],
        reviewerRoles: [...phase.gate.reviewerRoles],
      },
    })),
  };
}

/** A new default risk: the PMO names it; a middling rating until they choose. */
export function emptyDefaultRisk(): DefaultRisk {
  return { title: "", category: "", probability: 3, impact: 3 };
}

/** A new phase at the end of the lifecycle; the PMO names it and its gate. */
export function emptyPhase(number: number): PhaseDefinition {
  return {
    name: `Phase ${number}`,
    description: "",
    gate: {
      name: `Gate ${number}`,
      criteria: [],
      requiredDocuments: [],
      reviewerRoles: ["pmo_manager"],
    },
  };
}

const TOP_LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  methodology: "Methodology",
  reportCadence: "Report cadence",
  raidCategories: "RAID categories",
  changeApproverRoles: "Change approver roles",
  phases: "Phases",
};
const RISK_LABELS: Record<string, string> = {
  title: "Risk title",
  category: "Category",
  probability: "Probability",
  impact: "Impact",
};
const BAND_LABELS: Record<string, string> = {
  amberAbove: "amber threshold",
  redAbove: "red threshold",
};
const PHASE_LABELS: Record<string, string> = {
  name: "Phase name",
  description: "Phase description",
  "gate.name": "Gate name",
  "gate.criteria": "Criteria",
  "gate.requiredDocuments": "Required documents",
  "gate.reviewerRoles": "Reviewer roles",
};

/**
 * The form field an API or schema path belongs to, and its label: list entries land on their
 * list (`phases.1.gate.criteria.2` on `phases.1.gate.criteria`), so the message sits by the input.
 */
export function templateFieldOf(path: string): { field: string; label: string } | null {
  const parts = path.split(".");
  const [head, index, ...rest] = parts;
  if (head === undefined) return null;
  if (head === "ragRules") {
    const rule = RAG_RULE_KEYS.find((key) => key === index);
    const band = BAND_LABELS[rest[0] ?? ""];
    return rule && band
      ? { field: `ragRules.${rule}.${rest[0]}`, label: `${RAG_RULE_LABELS[rule].label}: ${band}` }
      : null;
  }
  if (head === "defaultRisks" && index !== undefined && /^\d+$/.test(index)) {
    const label = RISK_LABELS[rest[0] ?? ""];
    return label ? { field: `defaultRisks.${index}.${rest[0]}`, label } : null;
  }
  if (head !== "phases" || index === undefined || !/^\d+$/.test(index)) {
    const label = TOP_LABELS[head];
    return label ? { field: head, label } : null;
  }
  const within = rest[0] === "gate" ? rest.slice(0, 2).join(".") : (rest[0] ?? "");
  const label = PHASE_LABELS[within];
  return label ? { field: `phases.${index}.${within}`, label } : null;
}

/** Field errors for issues found by the contract schema or sent back by the server. */
export function templateFieldErrors(
  issues: readonly { readonly path: string; readonly message: string }[],
): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const target = templateFieldOf(issue.path);
    if (!target) {
      unplaced.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
      continue;
    }
    fields[target.field] ??= `${target.label} ${issue.message}`;
  }
  return { fields, unplaced };
}

/** Mantine's `validate`: the contract's own rules, in its words, next to each field. */
export function validateTemplateForm(values: TemplateFormValues): FieldErrors {
  const parsed = TemplateDefinition.safeParse(values);
  if (parsed.success) return {};
  return templateFieldErrors(
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  ).fields;
}
