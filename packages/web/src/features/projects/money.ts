import type { Money } from "@orrery/contracts/common";

/** ISO 4217 minor-unit digits (EUR 2, JPY 0, BHD 3); 2 when the code is not a currency yet. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** A typed amount in major units (`1250.5` EUR) as exact minor units (`125050`). */
export function toMinorUnits(amount: number, currency: string): number {
  // Rounding absorbs binary fractions: 19.99 * 100 is 1998.9999999999998.
  return Math.round(amount * 10 ** currencyDigits(currency));
}

/** Minor units back to the major-unit number people type and read. */
export function toMajorUnits(money: Money): number {
  return money.amountMinor / 10 ** currencyDigits(money.currency);
}

/** Money as people read it in their locale: `€1,250,000.00`, `¥3,000`. */
export function formatMoney(money: Money | null, locale?: string): string {
  if (!money) return "—";
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(
      toMajorUnits(money),
    );
  } catch {
    return `${toMajorUnits(money)} ${money.currency}`;
  }
}
