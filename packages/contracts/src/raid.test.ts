import { describe, expect, it } from "vitest";
import { RAID_TYPE_FIELDS, RaidItemCreate, RaidItemUpdate, RaidListQuery } from "./raid.js";

describe("RaidItemCreate", () => {
  it("fills a threat's defaults", () => {
    const risk = RaidItemCreate.parse({
      type: "risk",
      title: "Vendor late",
      probability: 4,
      impact: 3,
    });
    expect(risk).toMatchObject({
      type: "risk",
      riskKind: "threat",
      status: "open",
      response: null,
      residualProbability: null,
    });
  });

  it("names a rating off the matrix and a missing title", () => {
    const parsed = RaidItemCreate.safeParse({ type: "risk", probability: 6, impact: 0 });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["title", "probability", "impact"]),
    );
  });

  it("refuses a field another type uses, naming it", () => {
    const parsed = RaidItemCreate.safeParse({ type: "issue", title: "x", probability: 3 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      code: "unrecognized_keys",
      keys: ["probability"],
    });
  });

  it("names the type when it is not one of the six", () => {
    const parsed = RaidItemCreate.safeParse({ type: "rumour", title: "x" });
    expect(parsed.error?.issues[0]?.path).toEqual(["type"]);
  });

  it("accepts every type-specific field in its own type and in updates", () => {
    const updatable = Object.keys(RaidItemUpdate.shape);
    for (const fields of Object.values(RAID_TYPE_FIELDS)) {
      for (const field of fields) expect(updatable).toContain(field);
    }
  });
});

describe("RaidListQuery", () => {
  it("splits comma-separated types and statuses", () => {
    const query = RaidListQuery.parse({ type: "risk, issue", status: "open" });
    expect(query).toMatchObject({ type: ["risk", "issue"], status: ["open"], sort: "-createdAt" });
  });
});

describe("RiskRating", () => {
  it("says a missing rating is required and a wrong one what it must be", () => {
    const missing = RaidItemCreate.safeParse({ type: "risk", title: "x", impact: 2 });
    expect(missing.error?.issues[0]).toMatchObject({
      path: ["probability"],
      message: "is required",
    });
    const text = RaidItemCreate.safeParse({
      type: "risk",
      title: "x",
      impact: 2,
      probability: "4",
    });
    expect(text.error?.issues[0]?.message).toBe("must be a whole number from 1 to 5");
  });
});
