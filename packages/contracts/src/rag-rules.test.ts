import { describe, expect, it } from "vitest";
import { DEFAULT_RAG_RULES, RagRulesDefinition } from "./rag-rules.js";
import { TemplateContent } from "./templates.js";

describe("RAG rules of a template", () => {
  it("keeps the default of every rule left out", () => {
    expect(RagRulesDefinition.parse(undefined)).toEqual(DEFAULT_RAG_RULES);
    expect(RagRulesDefinition.parse({ milestoneSlipDays: { amberAbove: 3, redAbove: 8 } })).toEqual(
      { ...DEFAULT_RAG_RULES, milestoneSlipDays: { amberAbove: 3, redAbove: 8 } },
    );
  });

  it("reads a version published before templates carried rules as the defaults", () => {
    const stored = {
      name: "Old",
      description: "",
      methodology: "waterfall",
      reportCadence: "weekly",
      raidCategories: [],
      phases: [],
    };
    const content = TemplateContent.parse(stored);
    expect(content.ragRules).toEqual(DEFAULT_RAG_RULES);
    expect(content.defaultRisks).toEqual([]);
  });

  it("refuses red below amber, fractions and numbers out of the rule's range, naming the field", () => {
    const parsed = RagRulesDefinition.safeParse({
      costOverrunPercent: { amberAbove: 10, redAbove: 5 },
      unansweredRiskScore: { amberAbove: 9, redAbove: 26 },
      overdueItems: { amberAbove: 0.5, redAbove: 4 },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["costOverrunPercent.redAbove", "must not be below the amber threshold"],
      ["unansweredRiskScore.redAbove", "must be from 0 to 25"],
      ["overdueItems.amberAbove", "must be a whole number from 0 to 1000"],
    ]);
  });
});
