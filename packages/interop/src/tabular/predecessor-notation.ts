// MS Project's Predecessors notation: a list of task IDs, each with an optional link type and
// lag: `4`, `4FS+2d`, `7SS-10%`, `3FF+1.5ed`, separated by commas (or semicolons, the list
// separator where the decimal separator is a comma). Pure, shared with the web grid.
//
// Grammar (case-insensitive, spaces ignored around items and signs):
//   list   := item ("," item)* | item (";" item)*   (";" when it appears: then "1,5d" is a lag)
//   item   := id [type] [sign lag]
//   id     := digits
//   type   := FS | SS | FF | SF                 (FS when left out)
//   sign   := "+" | "-"
//   lag    := duration (see duration-notation.ts) | number ["e"] "%"

import type { LinkLag, LinkType } from "../document/project-document.js";
import {
  DEFAULT_UNIT_LENGTHS,
  type DurationUnitLengths,
  decimalText,
  formatDurationNotation,
  parseDurationNotation,
} from "./duration-notation.js";

/** One predecessor: the row ID it names, the link type and the lag. */
export interface PredecessorReference {
  readonly id: number;
  readonly type: LinkType;
  readonly lag: LinkLag;
}

/** Why a predecessor list could not be read, naming the item. */
export interface PredecessorNotationError {
  readonly item: string;
  readonly problem: string;
}

/** A link without lag, as MS Project stores it (0 days). */
export const NO_LAG: LinkLag = {
  kind: "time",
  minutes: 0,
  format: { unit: "days", elapsed: false, estimated: false },
};

const ITEM = /^(\d+)\s*(fs|ss|ff|sf)?\s*(?:([+-])\s*(.+))?$/;
const PERCENT_LAG = /^(\d+(?:[.,]\d*)?|[.,]\d+)\s*(e)?%$/;
const LINK_TYPES: Record<string, LinkType> = { fs: "FS", ss: "SS", ff: "FF", sf: "SF" };

/**
 * Reads a Predecessors cell. Empty text is an empty list. Returns the references in the order
 * written, or the first item that cannot be read.
 */
export function parsePredecessorNotation(
  text: string,
  lengths: DurationUnitLengths = DEFAULT_UNIT_LENGTHS,
): { ok: true; references: PredecessorReference[] } | ({ ok: false } & PredecessorNotationError) {
  const references: PredecessorReference[] = [];
  const separator = text.includes(";") ? ";" : ",";
  for (const rawItem of text.split(separator)) {
    const item = rawItem.trim();
    if (item.length === 0) {
      if (text.trim().length === 0) continue;
      return { ok: false, item: rawItem, problem: "is an empty item in the list" };
    }
    const match = ITEM.exec(item.toLowerCase());
    if (match === null) {
      return { ok: false, item, problem: "is not a predecessor (write e.g. 4, 4FS+2d or 7SS-10%)" };
    }
    const [, idText = "", typeText, sign, lagText] = match;
    const lag = lagText === undefined ? NO_LAG : parseLag(lagText.trim(), sign === "-", lengths);
    if (lag === undefined) {
      return {
        ok: false,
        item,
        problem: `has a lag "${lagText}" that is not a duration or a percentage`,
      };
    }
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id <= 0) {
      return { ok: false, item, problem: "names no task (IDs start at 1)" };
    }
    references.push({
      id,
      type: typeText === undefined ? "FS" : (LINK_TYPES[typeText] ?? "FS"),
      lag,
    });
  }
  return { ok: true, references };
}

function parseLag(
  text: string,
  negative: boolean,
  lengths: DurationUnitLengths,
): LinkLag | undefined {
  const sign = negative ? -1 : 1;
  const percent = PERCENT_LAG.exec(text);
  if (percent !== null) {
    const value = Number((percent[1] ?? "").replace(",", "."));
    return { kind: "percent", percent: zeroless(sign * value), elapsed: percent[2] !== undefined };
  }
  const duration = parseDurationNotation(text, lengths);
  if (duration === undefined) return undefined;
  return { kind: "time", minutes: zeroless(sign * duration.minutes), format: duration.format };
}

/** `-0` and `0` are the same lag. */
function zeroless(value: number): number {
  return value === 0 ? 0 : value;
}

function isZeroLag(lag: LinkLag): boolean {
  return lag.kind === "time" ? lag.minutes === 0 : lag.percent === 0;
}

/** Writes one reference: `4`, `4SS`, `4FS+2d`, `7SS-10%`. */
export function formatPredecessorReference(
  reference: PredecessorReference,
  lengths: DurationUnitLengths = DEFAULT_UNIT_LENGTHS,
): string {
  const lag = reference.lag;
  if (isZeroLag(lag) && isDefaultZeroLag(lag)) {
    return reference.type === "FS" ? String(reference.id) : `${reference.id}${reference.type}`;
  }
  const negative = lag.kind === "time" ? lag.minutes < 0 : lag.percent < 0;
  const magnitude =
    lag.kind === "time"
      ? formatDurationNotation({ minutes: Math.abs(lag.minutes), format: lag.format }, lengths)
      : `${decimalText(Math.abs(lag.percent))}${lag.elapsed ? "e" : ""}%`;
  return `${reference.id}${reference.type}${negative ? "-" : "+"}${magnitude}`;
}

/** A zero lag shown in days is MS Project's "no lag"; `0h` or `0%` are kept as written. */
function isDefaultZeroLag(lag: LinkLag): boolean {
  return (
    lag.kind === "time" &&
    lag.format.unit === "days" &&
    !lag.format.elapsed &&
    !lag.format.estimated
  );
}

/** Writes a Predecessors cell, items separated by `,`. */
export function formatPredecessorNotation(
  references: readonly PredecessorReference[],
  lengths: DurationUnitLengths = DEFAULT_UNIT_LENGTHS,
): string {
  return references.map((reference) => formatPredecessorReference(reference, lengths)).join(",");
}
