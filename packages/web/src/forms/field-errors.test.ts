import { describe, expect, it } from "vitest";
import { normaliseFieldPath, placeIssues, placeProblem } from "./field-errors.js";

const projectForm = {
  labels: { name: "Name", key: "Key", budgetAmount: "Budget", budgetCurrency: "Currency" },
  aliases: { "budget.currency": "budgetCurrency", budget: "budgetAmount" },
};

describe("normaliseFieldPath", () => {
  it("reads JSON pointers, dotted paths and body-prefixed paths alike", () => {
    expect(normaliseFieldPath("/budget/currency")).toBe("budget.currency");
    expect(normaliseFieldPath("budget.currency")).toBe("budget.currency");
    expect(normaliseFieldPath("body.budget.currency")).toBe("budget.currency");
    expect(normaliseFieldPath("body/name")).toBe("name");
  });
});

describe("placeIssues", () => {
  it("prefixes lower-case contract messages with the field label", () => {
    const placed = placeIssues([{ path: ["name"], message: "is required" }], projectForm);
    expect(placed.fields).toEqual({ name: "Name is required" });
  });

  it("keeps messages that are already sentences", () => {
    const placed = placeIssues([{ path: ["key"], message: "Invalid input" }], projectForm);
    expect(placed.fields.key).toBe("Invalid input");
  });

  it("routes nested paths through the longest matching alias", () => {
    const placed = placeIssues(
      [
        { path: ["budget", "currency"], message: "must be a three-letter ISO 4217 code" },
        { path: ["budget", "amountMinor"], message: "must be a whole number" },
      ],
      projectForm,
    );
    expect(placed.fields).toEqual({
      budgetCurrency: "Currency must be a three-letter ISO 4217 code",
      budgetAmount: "Budget must be a whole number",
    });
  });

  it("keeps only the first problem of a field", () => {
    const placed = placeIssues(
      [
        { path: ["name"], message: "is required" },
        { path: ["name"], message: "must be at most 200 characters" },
      ],
      projectForm,
    );
    expect(placed.fields.name).toBe("Name is required");
  });

  it("lists issues of fields the form does not show as unplaced", () => {
    const placed = placeIssues([{ path: ["managerId"], message: "is unknown" }], projectForm);
    expect(placed.fields).toEqual({});
    expect(placed.unplaced).toEqual(["managerId: is unknown"]);
  });
});

describe("placeProblem", () => {
  it("maps a server 422 onto the form's fields", () => {
    const placed = placeProblem(
      {
        type: "about:blank",
        title: "Invalid request",
        status: 422,
        errors: [{ path: "/key", message: "is already used by another project" }],
      },
      projectForm,
    );
    expect(placed.fields).toEqual({ key: "Key is already used by another project" });
    expect(placed.unplaced).toEqual([]);
  });

  it("falls back to the problem's detail when it names no field", () => {
    const placed = placeProblem(
      { type: "about:blank", title: "Conflict", status: 409, detail: "Key is taken" },
      projectForm,
    );
    expect(placed).toEqual({ fields: {}, unplaced: ["Key is taken"] });
  });
});
