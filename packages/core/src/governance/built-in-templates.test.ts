import { TemplateDefinition } from "@orrery/contracts/templates";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES } from "./built-in-templates.js";

describe("the built-in lifecycle templates", () => {
  it("are four valid templates, each gate with a reviewer", () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.key)).toEqual([
      "waterfall",
      "prince2",
      "agile",
      "hybrid",
    ]);
    for (const { content } of BUILT_IN_TEMPLATES) {
      expect(TemplateDefinition.parse(content)).toEqual(content);
    }
  });

  it("name Waterfall's and PRINCE2's phases as the methods do", () => {
    const phases = (key: string) =>
      BUILT_IN_TEMPLATES.find((t) => t.key === key)?.content.phases.map((p) => p.name);
    expect(phases("waterfall")).toEqual(["Initiate", "Plan", "Execute", "Close"]);
    expect(phases("prince2")).toEqual([
      "Starting up",
      "Initiating",
      "Delivery stage 1",
      "Delivery stage 2",
      "Closing",
    ]);
  });
});
