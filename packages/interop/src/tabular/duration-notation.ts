// MS Project's duration notation, as typed in a Duration cell or after a lag sign: a number, an
// optional unit, an optional `?` for an estimate. `3d`, `2w`, `4h`, `30m`, `1.5mo`, `3ed` (three
// elapsed days: wall-clock time, calendars ignored), `2 days?`. Pure, so the web grid can use the
// same parser and printer as the CSV/XLSX import.
//
// Grammar (case-insensitive, spaces allowed between number and unit):
//   duration := number [unit] ["?"]
//   number   := digits ["." digits] | "." digits        (a decimal comma is accepted too)
//   unit     := ["e"] base
//   base     := m | min | mins | minute | minutes
//             | h | hr | hrs | hour | hours
//             | d | dy | day | days
//             | w | wk | wks | week | weeks
//             | mo | mon | mons | month | months

import type { DurationFormat, DurationUnit } from "../document/project-document.js";

/** How long a day, week and month are in working minutes (the project's settings). */
export interface DurationUnitLengths {
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  readonly daysPerMonth: number;
}

/** A duration in minutes with the format it is shown in. */
export interface NotatedDuration {
  readonly minutes: number;
  readonly format: DurationFormat;
}

/** MS Project's defaults: 8-hour days, 40-hour weeks, 20-day months. */
export const DEFAULT_UNIT_LENGTHS: DurationUnitLengths = {
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  daysPerMonth: 20,
};

type TimeUnit = Exclude<DurationUnit, "percent">;

const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map([
  ...["m", "min", "mins", "minute", "minutes"].map((word) => [word, "minutes"] as const),
  ...["h", "hr", "hrs", "hour", "hours"].map((word) => [word, "hours"] as const),
  ...["d", "dy", "day", "days"].map((word) => [word, "days"] as const),
  ...["w", "wk", "wks", "week", "weeks"].map((word) => [word, "weeks"] as const),
  ...["mo", "mon", "mons", "month", "months"].map((word) => [word, "months"] as const),
]);

const UNIT_SYMBOLS: Record<TimeUnit, string> = {
  minutes: "m",
  hours: "h",
  days: "d",
  weeks: "w",
  months: "mo",
};

const NOTATION = /^(\d+(?:[.,]\d*)?|[.,]\d+)\s*([a-z]*)\s*(\?)?$/;

/**
 * Minutes in one unit. Elapsed units count wall-clock time: a day is 24 hours, a week 7 days and
 * a month 30 days, as in MS Project.
 */
export function minutesPerUnit(
  unit: TimeUnit,
  elapsed: boolean,
  lengths: DurationUnitLengths,
): number {
  switch (unit) {
    case "minutes":
      return 1;
    case "hours":
      return 60;
    case "days":
      return elapsed ? 1440 : lengths.minutesPerDay;
    case "weeks":
      return elapsed ? 10080 : lengths.minutesPerWeek;
    case "months":
      return elapsed ? 43200 : lengths.minutesPerDay * lengths.daysPerMonth;
  }
}

function unitOf(word: string): { unit: TimeUnit; elapsed: boolean } | undefined {
  const plain = UNIT_WORDS.get(word);
  if (plain !== undefined) return { unit: plain, elapsed: false };
  // `e` alone is not a unit; `emo`, `ed`, `eday` are elapsed units.
  if (word.length > 1 && word.startsWith("e")) {
    const elapsed = UNIT_WORDS.get(word.slice(1));
    if (elapsed !== undefined) return { unit: elapsed, elapsed: true };
  }
  return undefined;
}

/** Durations are kept to whole seconds, the precision MSPDI stores them in. */
function toWholeSeconds(minutes: number): number {
  return Math.round(minutes * 60) / 60;
}

/**
 * Reads a duration such as `3d`, `2.5 w?` or `4eh`. A bare number is in `defaultUnit` (days
 * unless told otherwise). Returns undefined for anything that is not a non-negative duration.
 */
export function parseDurationNotation(
  text: string,
  lengths: DurationUnitLengths = DEFAULT_UNIT_LENGTHS,
  defaultUnit: TimeUnit = "days",
): NotatedDuration | undefined {
  const match = NOTATION.exec(text.trim().toLowerCase());
  if (match === null) return undefined;
  const [, numberText = "", word = "", estimatedMark] = match;
  const unit = word.length === 0 ? { unit: defaultUnit, elapsed: false } : unitOf(word);
  if (unit === undefined) return undefined;
  const value = Number(numberText.replace(",", "."));
  if (!Number.isFinite(value)) return undefined;
  return {
    minutes: toWholeSeconds(value * minutesPerUnit(unit.unit, unit.elapsed, lengths)),
    format: { unit: unit.unit, elapsed: unit.elapsed, estimated: estimatedMark !== undefined },
  };
}

/**
 * Writes a duration in its format's unit: `3d`, `2w`, `1.5h`, `3ed`, `1d?`. The number carries
 * up to eight decimals (trailing zeros dropped), enough that reading it back gives the same
 * minutes to the second.
 */
export function formatDurationNotation(
  duration: NotatedDuration,
  lengths: DurationUnitLengths = DEFAULT_UNIT_LENGTHS,
): string {
  const format = duration.format;
  const unit: TimeUnit = format.unit === "percent" ? "days" : format.unit;
  const value = duration.minutes / minutesPerUnit(unit, format.elapsed, lengths);
  return `${decimalText(value)}${format.elapsed ? "e" : ""}${UNIT_SYMBOLS[unit]}${format.estimated ? "?" : ""}`;
}

/** Up to eight decimals, trailing zeros dropped, never in exponent form (`0.00000005`, not `5e-8`). */
export function decimalText(value: number): string {
  const fixed = value.toFixed(8).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}
