import type { Project } from "@orrery/contracts/projects";
import { describe, expect, it } from "vitest";
import {
  emptyProjectForm,
  projectChangesFrom,
  projectCreateFrom,
  projectFormFrom,
  validateProjectForm,
} from "./project-form-values.js";

function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    id: "3f1c2b9e-4d4a-4e0b-9a57-0c6f0f7c1a11",
    key: "ERP",
    name: "ERP rollout",
    description: "",
    status: "active",
    archived: false,
    methodology: "waterfall",
    manager: { id: "u1", name: "Ada", email: "ada@example.com" },
    sponsor: null,
    plannedStart: "2027-01-04",
    plannedFinish: "2027-06-30",
    budget: { amountMinor: 125000000, currency: "EUR" },
    tags: ["finance"],
    myRole: "manager",
    version: 3,
    createdAt: "2026-11-01T09:00:00.000Z",
    createdBy: null,
    updatedAt: "2026-11-02T09:00:00.000Z",
    updatedBy: null,
    ...overrides,
  };
}

describe("projectCreateFrom", () => {
  it("turns a typed budget into exact minor units", () => {
    const values = { ...emptyProjectForm(), key: "crm", name: "CRM", budgetAmount: 19.99 };
    expect(projectCreateFrom(values).budget).toEqual({ amountMinor: 1999, currency: "EUR" });
  });

  it("sends no budget when the amount is blank", () => {
    const values = { ...emptyProjectForm(), key: "crm", name: "CRM" };
    expect(projectCreateFrom(values).budget).toBeNull();
  });
});

describe("projectChangesFrom", () => {
  it("sends nothing when nothing changed", () => {
    const project = buildProject();
    expect(projectChangesFrom(project, projectFormFrom(project))).toEqual({});
  });

  it("sends only the fields that changed", () => {
    const project = buildProject();
    const values = { ...projectFormFrom(project), name: "ERP wave 2", managerId: null };
    expect(projectChangesFrom(project, values)).toEqual({ name: "ERP wave 2", managerId: null });
  });

  it("notices a budget change in currency alone", () => {
    const project = buildProject();
    const values = { ...projectFormFrom(project), budgetCurrency: "USD" };
    expect(projectChangesFrom(project, values)).toEqual({
      budget: { amountMinor: 125000000, currency: "USD" },
    });
  });
});

describe("validateProjectForm", () => {
  it("names every field the contract refuses", () => {
    const errors = validateProjectForm({ ...emptyProjectForm(), key: "1x" });
    expect(errors).toEqual({
      key: "Key must be 2–10 letters or digits, starting with a letter",
      name: "Name is required",
    });
  });

  it("puts the date-order rule on the planned finish", () => {
    const errors = validateProjectForm({
      ...emptyProjectForm(),
      key: "ERP",
      name: "ERP",
      plannedStart: "2027-05-01",
      plannedFinish: "2027-04-30",
    });
    expect(errors).toEqual({
      plannedFinish: "Planned finish must not be before the planned start",
    });
  });

  it("puts a bad currency on the currency field", () => {
    const errors = validateProjectForm({
      ...emptyProjectForm(),
      key: "ERP",
      name: "ERP",
      budgetAmount: 100,
      budgetCurrency: "euro",
    });
    expect(Object.keys(errors)).toEqual(["budgetCurrency"]);
  });

  it("accepts a complete project", () => {
    expect(validateProjectForm(projectFormFrom(buildProject()))).toEqual({});
  });
});
