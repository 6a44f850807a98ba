import { describe, expect, it } from "vitest";
import {
  emptyStatusReportForm,
  statusReportCreateFrom,
  validateStatusReportForm,
} from "./status-report-form-values.js";

describe("status report form", () => {
  it("sends no override for a colour left to the data, and a trimmed justification otherwise", () => {
    const form = emptyStatusReportForm("2027-03-05");
    const values = {
      ...form,
      overrides: {
        ...form.overrides,
        schedule: { rag: "green" as const, justification: "  Two days of contingency  " },
      },
    };
    expect(statusReportCreateFrom(values).overrides).toEqual({
      overall: null,
      schedule: { rag: "green", justification: "Two days of contingency" },
      cost: null,
      scope: null,
      risk: null,
    });
  });

  it("asks for a justification next to an override, and a report date", () => {
    const form = emptyStatusReportForm("");
    const values = {
      ...form,
      overrides: { ...form.overrides, risk: { rag: "amber" as const, justification: "short" } },
    };
    expect(validateStatusReportForm(values)).toEqual({
      periodEnd: "Report date is required",
      "overrides.risk.justification": "Say why you override the data, in at least 10 characters",
    });
    expect(validateStatusReportForm(emptyStatusReportForm("2027-03-05"))).toEqual({});
  });
});
