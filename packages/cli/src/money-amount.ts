import type { Money } from "@orrery/contracts/common";

/** Why an amount or currency was refused, worded to follow the flag name. */
export type MoneyParse = { ok: true; money: Money } | { ok: false; flag: string; message: string };

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** True for an ISO 4217 code this runtime knows (`EUR`, `JPY`), which fixes its minor units. */
export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/**
 * Digits after the decimal point of a currency's minor unit, as the runtime's ICU data has it:
 * EUR 2, JPY 0, BHD 3.
 */
export function minorDigitsOf(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** An unsigned decimal as written, split at the point; trailing zeros of the fraction dropped. */
export interface DecimalAmount {
  readonly whole: string;
  readonly fraction: string;
}

/** What a well-formed amount looks like, for messages. */
export const AMOUNT_FORM =
  "must be an amount in major units such as 125000.00 (digits and one point)";

/** Reads `125000.50` as whole and fraction digits, or null when it is not such a number. */
export function readDecimalAmount(text: string): DecimalAmount | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  return { whole: match[1] ?? "0", fraction: (match[2] ?? "").replace(/0+$/, "") };
}

/**
 * Reads an amount written in major units (`125000.00`) into minor units of `currency`
 * (`12500000` cents), by string and BigInt arithmetic so no binary fraction ever rounds a
 * budget. More decimals than the currency has are refused unless they are zeros.
 */
export function parseMoney(amountText: string, currencyText: string): MoneyParse {
  const currency = currencyText.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency)) {
    return {
      ok: false,
      flag: "--currency",
      message: "must be an ISO 4217 currency code such as EUR",
    };
  }
  const amount = readDecimalAmount(amountText);
  if (amount === null) return { ok: false, flag: "--budget", message: AMOUNT_FORM };
  const { whole, fraction } = amount;
  const digits = minorDigitsOf(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      flag: "--budget",
      message:
        digits === 0
          ? `${currency} has no minor unit; give a whole amount`
          : `${currency} has ${digits} decimal places; got more`,
    };
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, flag: "--budget", message: "is too large" };
  }
  return { ok: true, money: { amountMinor: Number(minor), currency } };
}

/** Money in major units with the currency's decimals and code: `125000.00 EUR`, `5000 JPY`. */
export function formatMoney(money: Money): string {
  const digits = isKnownCurrency(money.currency) ? minorDigitsOf(money.currency) : 2;
  const text = String(money.amountMinor).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${digits === 0 ? whole : `${whole}.${fraction}`} ${money.currency}`;
}
