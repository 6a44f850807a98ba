import { DEFAULT_RAG_RULES } from "@orrery/contracts/rag-rules";
import { describe, expect, it } from "vitest";
import {
  emptyPhase,
  type TemplateFormValues,
  templateFieldOf,
  validateTemplateForm,
} from "./template-form-values.js";

const valid: TemplateFormValues = {
  name: "Ours",
  description: "",
  methodology: "prince2",
  reportCadence: "weekly",
  raidCategories: [],
  ragRules: structuredClone(DEFAULT_RAG_RULES),
  defaultRisks: [],
  phases: [emptyPhase(1), emptyPhase(2)],
};

describe("the template form", () => {
  it("places list entries on their list field", () => {
    expect(templateFieldOf("phases.1.gate.criteria.2")).toEqual({
      field: "phases.1.gate.criteria",
      label: "Criteria",
    });
    expect(templateFieldOf("phases.0.name")).toEqual({
      field: "phases.0.name",
      label: "Phase name",
    });
    expect(templateFieldOf("raidCategories.3")).toEqual({
      field: "raidCategories",
      label: "RAID categories",
    });
    expect(templateFieldOf("ragRules.milestoneSlipDays.redAbove")).toEqual({
      field: "ragRules.milestoneSlipDays.redAbove",
      label: "Milestone slip: red threshold",
    });
    expect(templateFieldOf("defaultRisks.1.impact")).toEqual({
      field: "defaultRisks.1.impact",
      label: "Impact",
    });
    expect(templateFieldOf("nonsense")).toBeNull();
  });

  it("shows the contract's problems next to the fields", () => {
    expect(validateTemplateForm(valid)).toEqual({});
    const second = emptyPhase(2);
    const broken: TemplateFormValues = {
      ...valid,
      name: " ",
      phases: [
        { ...emptyPhase(1), gate: { ...emptyPhase(1).gate, criteria: ["Signed", "signed"] } },
        { ...second, name: "phase 1", gate: { ...second.gate, reviewerRoles: [] } },
      ],
    };
    expect(validateTemplateForm(broken)).toEqual({
      name: "Name is required",
      "phases.0.gate.criteria": "Criteria repeats a criterion",
      "phases.1.name": "Phase name repeats a phase name",
      "phases.1.gate.reviewerRoles": "Reviewer roles needs at least one reviewer role",
    });
  });

  it("puts a rule's thresholds and a default risk's rating problems on their inputs", () => {
    const broken: TemplateFormValues = {
      ...valid,
      ragRules: {
        ...valid.ragRules,
        milestoneSlipDays: { amberAbove: 5, redAbove: 2 },
        unansweredRiskScore: { amberAbove: 9, redAbove: 30 },
      },
      defaultRisks: [{ title: "Supplier insolvency", category: "", probability: 6, impact: 2 }],
    };
    expect(validateTemplateForm(broken)).toEqual({
      "ragRules.milestoneSlipDays.redAbove":
        "Milestone slip: red threshold must not be below the amber threshold",
      "ragRules.unansweredRiskScore.redAbove":
        "Open risk without a response: red threshold must be from 0 to 25",
      "defaultRisks.0.probability": "Probability must be from 1 to 5",
    });
  });
});
