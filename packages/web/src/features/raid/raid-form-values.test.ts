import type { RaidItem } from "@orrery/contracts/raid";
import { describe, expect, it } from "vitest";
import {
  emptyRaidForm,
  raidChangesFrom,
  raidCreateFrom,
  raidFormFrom,
  validateRaidForm,
} from "./raid-form-values.js";

const risk: RaidItem = {
  id: "6f1c2a8e-2b4d-4c1e-9a7b-1c2d3e4f5a6b",
  project: { id: "7f1c2a8e-2b4d-4c1e-9a7b-1c2d3e4f5a6b", key: "ERP", name: "ERP" },
  type: "risk",
  ref: "R-1",
  title: "Vendor late",
  description: "",
  status: "open",
  owner: null,
  dueDate: null,
  riskKind: "threat",
  probability: 4,
  impact: 3,
  score: 12,
  proximity: null,
  response: "reduce",
  responsePlan: "",
  trigger: "",
  residualProbability: null,
  residualImpact: null,
  residualScore: null,
  priority: null,
  escalated: null,
  dependsOnProject: null,
  dependsOnHiddenProject: false,
  category: "Supplier",
  tasks: [{ uid: 4, name: "Order parts", wbs: "1.2" }],
  decidedOn: null,
  decidedBy: null,
  optionsConsidered: null,
  rationale: null,
  lastReviewedAt: null,
  lastReviewedBy: null,
  version: 1,
  createdAt: "2027-01-01T00:00:00.000Z",
  createdBy: null,
  updatedAt: "2027-01-01T00:00:00.000Z",
  updatedBy: null,
};

describe("validateRaidForm", () => {
  it("asks for the title and both ratings of a new risk, by label", () => {
    const errors = validateRaidForm(emptyRaidForm("risk"));
    expect(Object.keys(errors).sort()).toEqual(["impact", "probability", "title"]);
    expect(errors.title).toBe("Title is required");
  });

  it("refuses a response that does not fit the kind, as the server does", () => {
    const values = { ...emptyRaidForm("risk"), title: "x", probability: 2, impact: 2 };
    expect(
      validateRaidForm({ ...values, riskKind: "opportunity", response: "avoid" }).response,
    ).toBe("Response must be one of exploit, enhance, share, accept for an opportunity");
    expect(validateRaidForm({ ...values, response: "avoid" })).toEqual({});
  });

  it("ignores the fields of other types", () => {
    expect(validateRaidForm({ ...emptyRaidForm("action"), title: "Call", probability: 9 })).toEqual(
      {},
    );
  });
});

describe("raidCreateFrom", () => {
  it("sends only the fields of the item's type", () => {
    const created = raidCreateFrom({
      ...emptyRaidForm("issue"),
      title: "Rig broken",
      priority: "high",
    });
    expect(created).toEqual({
      type: "issue",
      title: "Rig broken",
      description: "",
      status: "open",
      ownerId: null,
      category: null,
      taskUids: [],
      priority: "high",
      dueDate: null,
      escalated: false,
    });
  });
});

describe("raidChangesFrom", () => {
  it("sends only what changed, a cleared rating as null", () => {
    const values = { ...raidFormFrom(risk), impact: 5, status: "closed" as const };
    expect(raidChangesFrom(risk, values)).toEqual({ impact: 5, status: "closed" });
    expect(raidChangesFrom(risk, raidFormFrom(risk))).toEqual({});
  });

  it("sends the linked tasks as UIDs only when the set changed, and a blank category as null", () => {
    const linked = { ...raidFormFrom(risk), taskUids: ["4", "9"] };
    expect(raidChangesFrom(risk, linked)).toEqual({ taskUids: [4, 9] });
    expect(raidChangesFrom(risk, { ...raidFormFrom(risk), category: "  " })).toEqual({
      category: null,
    });
  });
});
