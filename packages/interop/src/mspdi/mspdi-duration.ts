// MSPDI durations, duration formats and link lags, both ways (the MSPDI writer reuses these).
//
// - Durations are XML Schema durations, in practice `PT8H0M0S` (working time in the task's
//   units) and sometimes with fractional seconds or a leading minus.
// - Formats are MS Project's `pjFormatUnit` codes: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew,
//   11 mo, 12 emo, 19 %, 20 e%, 21 "null" (no format), each + 32 when estimated ("?").
// - LinkLag is in tenths of a minute, except with a percent format (19/20), where it is the
//   percentage itself (MS Project writes -25 for a 25 % lead).

import type { DurationFormat, DurationUnit, LinkLag } from "../document/project-document.js";

/** The part of a duration format code that is not the estimated flag, and its meaning. */
const FORMAT_BY_CODE: ReadonlyMap<number, { unit: DurationUnit; elapsed: boolean }> = new Map([
  [3, { unit: "minutes", elapsed: false }],
  [4, { unit: "minutes", elapsed: true }],
  [5, { unit: "hours", elapsed: false }],
  [6, { unit: "hours", elapsed: true }],
  [7, { unit: "days", elapsed: false }],
  [8, { unit: "days", elapsed: true }],
  [9, { unit: "weeks", elapsed: false }],
  [10, { unit: "weeks", elapsed: true }],
  [11, { unit: "months", elapsed: false }],
  [12, { unit: "months", elapsed: true }],
  [19, { unit: "percent", elapsed: false }],
  [20, { unit: "percent", elapsed: true }],
]);

const ESTIMATED_OFFSET = 32;
const NULL_FORMAT = 21;

/**
 * Reads a format code. Returns `null` for MS Project's "no format" (21 or 53), undefined for a
 * code this reader does not know.
 */
export function parseMspdiDurationFormat(code: number): DurationFormat | null | undefined {
  if (code === NULL_FORMAT || code === NULL_FORMAT + ESTIMATED_OFFSET) return null;
  return FORMATS_BY_CODE.get(code);
}

/** Every format by its full code, built once: files repeat a handful of codes many times. */
const FORMATS_BY_CODE: ReadonlyMap<number, DurationFormat> = new Map(
  [...FORMAT_BY_CODE].flatMap(([code, meaning]): [number, DurationFormat][] => [
    [code, { ...meaning, estimated: false }],
    [code + ESTIMATED_OFFSET, { ...meaning, estimated: true }],
  ]),
);

/** The MSPDI code of a format; `undefined` (no format) is 21. */
export function formatMspdiDurationFormat(format: DurationFormat | undefined): number {
  if (format === undefined) return NULL_FORMAT;
  for (const [code, meaning] of FORMAT_BY_CODE) {
    if (meaning.unit === format.unit && meaning.elapsed === format.elapsed) {
      return format.estimated ? code + ESTIMATED_OFFSET : code;
    }
  }
  return NULL_FORMAT;
}

const XSD_DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Reads an MSPDI duration into minutes (fractions kept: MS Project can store 0.5 minutes). A day
 * part (`P1D`) counts 24 hours, as XML Schema defines it; MS Project itself writes hours.
 * Returns undefined when the text is not a duration.
 */
export function parseMspdiDuration(text: string): number | undefined {
  const common = parseWholeHoursMinutesSeconds(text);
  if (common !== undefined) return common;
  const match = XSD_DURATION.exec(text.trim());
  if (match === null) return undefined;
  const [, minus, days, hours, minutes, seconds] = match;
  const total =
    Number(days ?? 0) * 1440 +
    Number(hours ?? 0) * 60 +
    Number(minutes ?? 0) +
    Number(seconds ?? 0) / 60;
  return minus === undefined ? total : -total;
}

const DURATION_UNITS = [72 /* H */, 77 /* M */, 83 /* S */];

/**
 * `PT8H0M0S` with whole numbers, the form MS Project writes nearly every time, read without the
 * regular expression; undefined for any other form. Adds up in the general reader's order, so
 * both give the same minutes to the last bit.
 */
function parseWholeHoursMinutesSeconds(text: string): number | undefined {
  if (!text.startsWith("PT")) return undefined;
  const parts = [0, 0, 0];
  let at = 2;
  for (let part = 0; part < 3; part++) {
    const start = at;
    let value = 0;
    for (; at < text.length && at - start < 15; at++) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (at === start || text.charCodeAt(at) !== DURATION_UNITS[part]) return undefined;
    parts[part] = value;
    at++;
  }
  if (at !== text.length) return undefined;
  const [hours = 0, minutes = 0, seconds = 0] = parts;
  return hours * 60 + minutes + seconds / 60;
}

/** Writes minutes as an MSPDI duration, `PT{h}H{m}M{s}S`, as MS Project does. */
export function formatMspdiDuration(totalMinutes: number): string {
  const negative = totalMinutes < 0;
  const totalSeconds = Math.round(Math.abs(totalMinutes) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds - hours * 3600) / 60);
  const seconds = totalSeconds - hours * 3600 - minutes * 60;
  return `${negative ? "-" : ""}PT${hours}H${minutes}M${seconds}S`;
}

const DAYS_FORMAT: DurationFormat = { unit: "days", elapsed: false, estimated: false };

/** The lag of most links, none, once per format: a large plan has one per link otherwise. */
const NO_LAG_BY_FORMAT = new Map<DurationFormat, LinkLag>();

/** Reads a link's `LinkLag` and `LagFormat`. Returns undefined for an unknown format code. */
export function parseMspdiLag(linkLag: number, lagFormat: number): LinkLag | undefined {
  const parsed = parseMspdiDurationFormat(lagFormat);
  if (parsed === undefined) return undefined;
  const format = parsed ?? DAYS_FORMAT;
  if (format.unit === "percent")
    return { kind: "percent", percent: linkLag, elapsed: format.elapsed };
  if (!Object.is(linkLag, 0)) return { kind: "time", minutes: linkLag / 10, format };
  let none = NO_LAG_BY_FORMAT.get(format);
  if (none === undefined) {
    none = { kind: "time", minutes: 0, format };
    NO_LAG_BY_FORMAT.set(format, none);
  }
  return none;
}

/** The `LinkLag` and `LagFormat` values of a lag. */
export function formatMspdiLag(lag: LinkLag): { linkLag: number; lagFormat: number } {
  if (lag.kind === "percent") {
    return {
      linkLag: lag.percent,
      lagFormat: formatMspdiDurationFormat({
        unit: "percent",
        elapsed: lag.elapsed,
        estimated: false,
      }),
    };
  }
  return {
    linkLag: Math.round(lag.minutes * 10),
    lagFormat: formatMspdiDurationFormat(lag.format),
  };
}

/** Work units of the project-level `WorkFormat` (1 m, 2 h, 3 d, 4 w, 5 mo), a table of its own. */
const WORK_UNITS: readonly DurationUnit[] = ["minutes", "hours", "days", "weeks", "months"];

/** Reads a `WorkFormat` code; undefined when unknown. */
export function parseMspdiWorkFormat(code: number): DurationFormat | undefined {
  const unit = WORK_UNITS[code - 1];
  return unit === undefined ? undefined : { unit, elapsed: false, estimated: false };
}

/** The `WorkFormat` code of a unit (hours when the unit has no work code). */
export function formatMspdiWorkFormat(format: DurationFormat): number {
  const index = WORK_UNITS.indexOf(format.unit);
  return index < 0 ? 2 : index + 1;
}
