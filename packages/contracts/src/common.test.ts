import { describe, expect, it } from "vitest";
import { IsoDate, Money } from "./common.js";

describe("IsoDate", () => {
  it("accepts real calendar dates and refuses impossible or out-of-range ones", () => {
    for (const ok of ["2027-03-31", "2028-02-29", "1900-01-01", "2999-12-31"]) {
      expect(IsoDate.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of [
      "2027-02-29",
      "2027-13-01",
      "0000-01-01",
      "1899-12-31",
      "3000-01-01",
      "2027-1-1",
    ]) {
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("Money", () => {
  it("takes whole minor units and an upper-case ISO 4217 code", () => {
    expect(Money.safeParse({ amountMinor: 125_00, currency: "EUR" }).success).toBe(true);
    expect(Money.safeParse({ amountMinor: -1, currency: "EUR" }).success).toBe(false);
    expect(Money.safeParse({ amountMinor: 1, currency: "eur" }).success).toBe(false);
  });
});
