import { describe, expect, it } from "vitest";
import { auditChanges, describeAuditAction, fieldLabel, formatAuditValue } from "./audit-diff.js";

describe("auditChanges", () => {
  it("lists only the fields an update changed, without bookkeeping", () => {
    const changes = auditChanges({
      before: {
        name: "ERP",
        status: "proposed",
        version: 1,
        updatedAt: "2026-11-01T00:00:00Z",
        tags: ["a"],
      },
      after: {
        name: "ERP",
        status: "active",
        version: 2,
        updatedAt: "2026-11-02T00:00:00Z",
        tags: ["a"],
      },
    });
    expect(changes).toEqual([
      { field: "status", label: "Status", before: "Proposed", after: "Active" },
    ]);
  });

  it("lists what a creation set and what a deletion removed", () => {
    expect(auditChanges({ before: null, after: { name: "ERP", description: "" } })).toEqual([
      { field: "name", label: "Name", before: null, after: "ERP" },
    ]);
    expect(auditChanges({ before: { name: "ERP" }, after: null })).toEqual([
      { field: "name", label: "Name", before: "ERP", after: null },
    ]);
  });

  it("compares nested values by content", () => {
    const budget = { amountMinor: 100, currency: "EUR" };
    expect(auditChanges({ before: { budget }, after: { budget: { ...budget } } })).toEqual([]);
  });

  it("reads entries whose before or after is not an object", () => {
    expect(auditChanges({ before: "x", after: 3 })).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  it("shows money in its currency and people by name", () => {
    expect(formatAuditValue({ amountMinor: 125000, currency: "EUR" })).toMatch(/1,250\.00/);
    expect(formatAuditValue({ id: "u1", name: "Ada", email: "ada@example.com" })).toBe("Ada");
  });

  it("names stored codes and formats dates", () => {
    expect(formatAuditValue("on_hold", "status")).toBe("On hold");
    expect(formatAuditValue("pmo_analyst", "role")).toBe("PMO analyst");
    expect(formatAuditValue("viewer", "role")).toBe("Viewer");
    expect(formatAuditValue("on_hold", "description")).toBe("on_hold");
    expect(formatAuditValue("2027-03-31", "plannedStart")).toMatch(/2027/);
  });

  it("treats empty values as no value", () => {
    expect(formatAuditValue(null)).toBeNull();
    expect(formatAuditValue("")).toBeNull();
    expect(formatAuditValue([])).toBeNull();
    expect(formatAuditValue(["a", "b"])).toBe("a, b");
    expect(formatAuditValue(true)).toBe("yes");
  });
});

describe("fieldLabel", () => {
  it("turns field names into words", () => {
    expect(fieldLabel("plannedStart")).toBe("Planned start");
    expect(fieldLabel("managerId")).toBe("Manager");
    expect(fieldLabel("org_role")).toBe("Org role");
  });
});

describe("describeAuditAction", () => {
  it("says what happened to what, by name", () => {
    expect(
      describeAuditAction({
        action: "project.update",
        entityType: "project",
        before: { key: "ERP", name: "ERP rollout" },
        after: { key: "ERP", name: "ERP rollout" },
      }),
    ).toBe("changed project ERP · ERP rollout");
    expect(
      describeAuditAction({
        action: "token.revoke",
        entityType: "token",
        before: { name: "CI" },
        after: null,
      }),
    ).toBe("revoked API token CI");
  });

  it("keeps unknown verbs and entities readable", () => {
    expect(
      describeAuditAction({
        action: "baseline.take",
        entityType: "baseline",
        before: null,
        after: null,
      }),
    ).toBe("take baseline");
  });
});
