import { describe, expect, it } from "vitest";
import { foreignFieldProblems, riskProblems } from "./raid-fields.js";

describe("foreignFieldProblems", () => {
  it("names the fields another type uses and lets common and own fields pass", () => {
    expect(foreignFieldProblems("issue", { title: "x", priority: "high", probability: 3 })).toEqual(
      [{ path: "probability", message: "does not apply to an issue" }],
    );
    expect(
      foreignFieldProblems("risk", { probability: 3, response: "reduce", status: "closed" }),
    ).toEqual([]);
  });

  it("treats a field two types share as applying to both", () => {
    expect(foreignFieldProblems("action", { dueDate: "2027-01-01" })).toEqual([]);
    expect(foreignFieldProblems("dependency", { dueDate: "2027-01-01" })).toEqual([]);
    expect(foreignFieldProblems("decision", { dueDate: "2027-01-01" })).toHaveLength(1);
  });
});

describe("riskProblems", () => {
  const risk = {
    riskKind: "threat",
    response: null,
    residualProbability: null,
    residualImpact: null,
  } as const;

  it("refuses a response that does not fit the kind, listing those that do", () => {
    expect(riskProblems({ ...risk, response: "exploit" })).toEqual([
      { path: "response", message: "must be one of avoid, reduce, transfer, accept for a threat" },
    ]);
    expect(riskProblems({ ...risk, riskKind: "opportunity", response: "avoid" })[0]?.message).toBe(
      "must be one of exploit, enhance, share, accept for an opportunity",
    );
    expect(riskProblems({ ...risk, riskKind: "opportunity", response: "accept" })).toEqual([]);
  });

  it("needs both residual ratings or neither", () => {
    expect(riskProblems({ ...risk, residualProbability: 2 })).toEqual([
      { path: "residualImpact", message: "is required with the other residual rating" },
    ]);
    expect(riskProblems({ ...risk, residualProbability: 2, residualImpact: 1 })).toEqual([]);
  });
});
