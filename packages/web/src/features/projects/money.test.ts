import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyDigits, formatMoney, toMajorUnits, toMinorUnits } from "./money.js";

describe("currencyDigits", () => {
  it("knows the minor units of each currency", () => {
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("BHD")).toBe(3);
  });

  it("assumes cents for a code that is not a currency", () => {
    expect(currencyDigits("E")).toBe(2);
  });
});

describe("toMinorUnits", () => {
  it("absorbs binary fractions", () => {
    expect(toMinorUnits(19.99, "EUR")).toBe(1999);
    expect(toMinorUnits(1250.5, "EUR")).toBe(125050);
    expect(toMinorUnits(3000, "JPY")).toBe(3000);
  });

  it("round-trips every cent amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        const money = { amountMinor: cents, currency: "EUR" };
        expect(toMinorUnits(toMajorUnits(money), "EUR")).toBe(cents);
      }),
    );
  });
});

describe("formatMoney", () => {
  it("formats in the currency's own minor units", () => {
    expect(formatMoney({ amountMinor: 125000000, currency: "EUR" }, "en-GB")).toBe("€1,250,000.00");
    expect(formatMoney({ amountMinor: 3000, currency: "JPY" }, "en-US")).toBe("¥3,000");
  });

  it("shows a dash when there is no budget", () => {
    expect(formatMoney(null)).toBe("—");
  });
});
