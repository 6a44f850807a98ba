import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, minorDigitsOf, parseMoney } from "./money-amount.js";

describe("parseMoney", () => {
  it.each([
    ["125000.00", "EUR", 12_500_000],
    ["125000", "eur", 12_500_000],
    ["0.1", "EUR", 10],
    ["19.990", "EUR", 1999],
    ["5000", "JPY", 5000],
    ["5000.000", "JPY", 5000],
    ["1.234", "BHD", 1234],
    ["90071992547409.91", "USD", Number.MAX_SAFE_INTEGER],
  ])("reads %s %s as %i minor units", (amount, currency, minor) => {
    expect(parseMoney(amount, currency)).toEqual({
      ok: true,
      money: { amountMinor: minor, currency: currency.toUpperCase() },
    });
  });

  it.each([
    ["1.001", "EUR", "--budget", "EUR has 2 decimal places; got more"],
    ["0.5", "JPY", "--budget", "JPY has no minor unit; give a whole amount"],
    [
      "-1",
      "EUR",
      "--budget",
      "must be an amount in major units such as 125000.00 (digits and one point)",
    ],
    [
      "1e6",
      "EUR",
      "--budget",
      "must be an amount in major units such as 125000.00 (digits and one point)",
    ],
    ["90071992547409.92", "USD", "--budget", "is too large"],
    ["1", "EURO", "--currency", "must be an ISO 4217 currency code such as EUR"],
    ["1", "ABC", "--currency", "must be an ISO 4217 currency code such as EUR"],
  ])("refuses %s %s, naming %s", (amount, currency, flag, message) => {
    expect(parseMoney(amount, currency)).toEqual({ ok: false, flag, message });
  });

  it("knows each currency's minor unit from the runtime", () => {
    expect([minorDigitsOf("EUR"), minorDigitsOf("JPY"), minorDigitsOf("BHD")]).toEqual([2, 0, 3]);
  });

  it("reads back exactly what it formats, for any amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("EUR", "JPY", "BHD", "USD"),
        (amountMinor, currency) => {
          const [amount = "", code = ""] = formatMoney({ amountMinor, currency }).split(" ");
          expect(parseMoney(amount, code)).toEqual({ ok: true, money: { amountMinor, currency } });
        },
      ),
    );
  });
});

describe("formatMoney", () => {
  it("writes major units with the currency's decimals", () => {
    expect(formatMoney({ amountMinor: 12_500_000, currency: "EUR" })).toBe("125000.00 EUR");
    expect(formatMoney({ amountMinor: 5, currency: "EUR" })).toBe("0.05 EUR");
    expect(formatMoney({ amountMinor: 5000, currency: "JPY" })).toBe("5000 JPY");
    expect(formatMoney({ amountMinor: 1234, currency: "BHD" })).toBe("1.234 BHD");
  });
});
