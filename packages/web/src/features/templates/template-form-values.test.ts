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
});
