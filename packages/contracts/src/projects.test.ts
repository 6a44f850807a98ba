import { describe, expect, it } from "vitest";
import { ProjectCreate, ProjectListQuery, ProjectUpdate } from "./projects.js";

describe("ProjectCreate", () => {
  it("normalises the key to upper case and fills defaults", () => {
    const p = ProjectCreate.parse({ key: "erp", name: "ERP rollout" });
    expect(p).toMatchObject({ key: "ERP", status: "proposed", methodology: "waterfall", tags: [] });
  });

  it("names the field when the finish is before the start", () => {
    const r = ProjectCreate.safeParse({
      key: "ERP",
      name: "ERP",
      plannedStart: "2027-05-01",
      plannedFinish: "2027-04-30",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["plannedFinish"]);
  });

  it("refuses keys that are not short codes", () => {
    for (const key of ["E", "1ERP", "ERP-2", "ABCDEFGHIJK"]) {
      expect(ProjectCreate.safeParse({ key, name: "x" }).success, key).toBe(false);
    }
  });

  it("refuses a budget in major units with a fraction", () => {
    const r = ProjectCreate.safeParse({
      key: "ERP",
      name: "x",
      budget: { amountMinor: 10.5, currency: "EUR" },
    });
    expect(r.success).toBe(false);
  });
});

describe("ProjectCreate's manager", () => {
  it("tells an absent manager (the creator) from no manager (null)", () => {
    expect(ProjectCreate.parse({ key: "ERP", name: "x" }).managerId).toBeUndefined();
    expect(ProjectCreate.parse({ key: "ERP", name: "x", managerId: null }).managerId).toBeNull();
  });
});

describe("ProjectUpdate", () => {
  it("refuses unknown fields instead of ignoring them", () => {
    expect(ProjectUpdate.safeParse({ nmae: "typo" }).success).toBe(false);
  });
});

describe("ProjectListQuery", () => {
  it("reads a comma-separated status filter", () => {
    expect(ProjectListQuery.parse({ status: "active,on_hold" }).status).toEqual([
      "active",
      "on_hold",
    ]);
  });

  it("caps the page size at 500", () => {
    expect(ProjectListQuery.safeParse({ limit: "501" }).success).toBe(false);
    expect(ProjectListQuery.parse({}).limit).toBe(50);
  });
});
