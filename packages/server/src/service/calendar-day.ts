// Calendar days as the API writes them (`YYYY-MM-DD`), counted in UTC like every "today" the
// services use, so a report, a gate and a certification agree on which day it is.

const DAY_MS = 86_400_000;

/** The request's day. */
export function todayOf(ctx: { readonly now: Date }): string {
  return ctx.now.toISOString().slice(0, 10);
}

/** The day `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
