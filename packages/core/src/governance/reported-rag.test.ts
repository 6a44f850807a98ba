import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RAGS, type Rag, ragRank } from "./rag.js";
import type { ProjectRag } from "./rag-rules.js";
import {
  addCadence,
  changedColours,
  nextReportDue,
  type Overrides,
  reportedColours,
} from "./reported-rag.js";

const rag = fc.constantFrom<Rag>(...RAGS);
const finding = rag.map((r) => ({ rag: r, reasons: r === "green" ? [] : [`${r} because`] }));
const computed: fc.Arbitrary<ProjectRag> = fc.record({
  overall: finding,
  schedule: finding,
  cost: finding,
  scope: finding,
  risk: finding,
});
const override = fc.option(
  rag.map((r) => ({ rag: r, justification: "Agreed with the sponsor" })),
  {
    nil: null,
  },
);
const overrides: fc.Arbitrary<Overrides> = fc.record(
  { overall: override, schedule: override, cost: override, scope: override, risk: override },
  { requiredKeys: [] },
);

describe("reported colours", () => {
  it("shows the override where there is one and keeps the computed colour beside it", () => {
    fc.assert(
      fc.property(computed, overrides, (data, chosen) => {
        const reported = reportedColours(data, chosen);
        for (const name of ["schedule", "cost", "scope", "risk"] as const) {
          expect(reported[name].computed).toEqual(data[name]);
          expect(reported[name].rag).toBe(chosen[name]?.rag ?? data[name].rag);
        }
      }),
    );
  });

  it("makes overall the worst reported dimension unless overall itself is overridden", () => {
    fc.assert(
      fc.property(computed, overrides, (data, chosen) => {
        const reported = reportedColours(data, chosen);
        const worst = Math.max(
          ...(["schedule", "cost", "scope", "risk"] as const).map((n) => ragRank(reported[n].rag)),
        );
        if (chosen.overall) expect(reported.overall.rag).toBe(chosen.overall.rag);
        else expect(ragRank(reported.overall.rag)).toBe(worst);
      }),
    );
  });

  it("names exactly the colours that changed", () => {
    fc.assert(
      fc.property(computed, overrides, overrides, (data, a, b) => {
        const now = reportedColours(data, a);
        const before = reportedColours(data, b);
        const changed = changedColours(now, before);
        for (const name of ["overall", "schedule", "cost", "scope", "risk"] as const)
          expect(changed.includes(name)).toBe(now[name].rag !== before[name].rag);
      }),
    );
  });
});

describe("next report due", () => {
  it("is a cadence after the latest period, overdue once passed, and today without any report", () => {
    expect(nextReportDue("2027-03-05", "weekly", "2027-03-12")).toEqual({
      due: "2027-03-12",
      overdue: false,
    });
    expect(nextReportDue("2027-03-05", "weekly", "2027-03-13")).toEqual({
      due: "2027-03-12",
      overdue: true,
    });
    expect(nextReportDue("2027-02-26", "fortnightly", "2027-03-01")).toEqual({
      due: "2027-03-12",
      overdue: false,
    });
    expect(nextReportDue(null, "weekly", "2027-03-13")).toEqual({
      due: "2027-03-13",
      overdue: false,
    });
  });

  it("follows a monthly cadence to the same day next month, or that month's last day", () => {
    expect(nextReportDue("2027-03-15", "monthly", "2027-04-15")).toEqual({
      due: "2027-04-15",
      overdue: false,
    });
    expect(nextReportDue("2027-03-15", "monthly", "2027-04-16").overdue).toBe(true);
    expect(addCadence("2027-01-31", "monthly")).toBe("2027-02-28");
    expect(addCadence("2028-01-31", "monthly")).toBe("2028-02-29");
    expect(addCadence("2027-12-20", "monthly")).toBe("2028-01-20");
    expect(addCadence("2027-12-27", "fortnightly")).toBe("2028-01-10");
  });
});
