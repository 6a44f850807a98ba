// Reading and writing the values of task-list cells other than durations and predecessors:
// dates, yes/no flags, percentages, constraint types, task modes and resource lists. Each reader
// returns undefined for text it cannot read, so the caller can say which row and column.

import { isLocalDateTime, type LocalDateTime } from "../document/local-date-time.js";
import type { ConstraintType } from "../document/project-document.js";

/** Text MS Project writes in an empty date cell. */
const EMPTY_DATE_WORDS = new Set(["", "na", "n/a", "nd", "none"]);

/** True when a date cell is empty (blank, or MS Project's `NA`). */
export function isEmptyDateCell(text: string): boolean {
  return EMPTY_DATE_WORDS.has(text.trim().toLowerCase());
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:z|[+-]\d{2}:?\d{2})?$/;
// MS Project's English export: `Mon 1/4/27 8:00 AM`, `1/4/2027`, `1/4/2027 17:00`.
const US_DATE =
  /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function buildDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): LocalDateTime | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  const text = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
  return isLocalDateTime(text) ? text : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a date cell: ISO (`2027-01-04`, `2027-01-04 08:00`, `2027-01-04T08:00:00`, a zone
 * suffix ignored) or MS Project's US English form (`Mon 1/4/27 8:00 AM`). A date without a time
 * gets `defaultMinuteOfDay` (the project's default start or finish time, as MS Project does).
 */
export function parseTableDate(
  text: string,
  defaultMinuteOfDay: number,
): LocalDateTime | undefined {
  const trimmed = text.trim().toLowerCase();
  const defaultHour = Math.floor(defaultMinuteOfDay / 60);
  const defaultMinute = defaultMinuteOfDay % 60;
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) {
    const [, y, mo, d, h, mi] = iso;
    const hasTime = h !== undefined;
    return buildDateTime(
      Number(y),
      Number(mo),
      Number(d),
      hasTime ? Number(h) : defaultHour,
      hasTime ? Number(mi) : defaultMinute,
    );
  }
  const us = US_DATE.exec(trimmed);
  if (us !== null) {
    const [, mo, d, y = "", h, mi, , meridiem] = us;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    if (h === undefined)
      return buildDateTime(year, Number(mo), Number(d), defaultHour, defaultMinute);
    let hour = Number(h);
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
    }
    return buildDateTime(year, Number(mo), Number(d), hour, Number(mi));
  }
  return undefined;
}

/** Writes a date cell as `YYYY-MM-DD HH:MM`, which spreadsheets read as a date and time. */
export function formatTableDate(dateTime: LocalDateTime | undefined): string {
  return dateTime === undefined ? "" : `${dateTime.slice(0, 10)} ${dateTime.slice(11, 16)}`;
}

const YES = new Set(["yes", "y", "true", "1", "x", "ja", "oui", "sí", "si"]);
const NO = new Set(["no", "n", "false", "0", "", "nein", "non"]);

/** Reads a yes/no cell (`Yes`, `No`, `true`, `1`, blank = no). */
export function parseYesNo(text: string): boolean | undefined {
  const key = text.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** Reads `50%` or `50` as a percentage, 0–100. */
export function parsePercent(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  if (match === null) return undefined;
  const value = Number((match[1] ?? "").replace(",", "."));
  return value >= 0 && value <= 100 ? value : undefined;
}

const CONSTRAINT_NAMES: readonly (readonly [ConstraintType, string, string])[] = [
  ["asSoonAsPossible", "As Soon As Possible", "ASAP"],
  ["asLateAsPossible", "As Late As Possible", "ALAP"],
  ["mustStartOn", "Must Start On", "MSO"],
  ["mustFinishOn", "Must Finish On", "MFO"],
  ["startNoEarlierThan", "Start No Earlier Than", "SNET"],
  ["startNoLaterThan", "Start No Later Than", "SNLT"],
  ["finishNoEarlierThan", "Finish No Earlier Than", "FNET"],
  ["finishNoLaterThan", "Finish No Later Than", "FNLT"],
];

/** Reads a constraint type by MS Project's name or its abbreviation (`SNET`); blank is ASAP. */
export function parseConstraintType(text: string): ConstraintType | undefined {
  const key = text.trim().replace(/\s+/g, " ").toLowerCase();
  if (key.length === 0) return "asSoonAsPossible";
  for (const [type, name, abbreviation] of CONSTRAINT_NAMES) {
    if (key === name.toLowerCase() || key === abbreviation.toLowerCase()) return type;
  }
  return undefined;
}

/** MS Project's name of a constraint type. */
export function constraintTypeName(type: ConstraintType): string {
  return CONSTRAINT_NAMES.find(([candidate]) => candidate === type)?.[1] ?? "As Soon As Possible";
}

/** True for the constraint types whose date is a finish (their date-only default is 17:00). */
export function isFinishConstraint(type: ConstraintType): boolean {
  return type === "mustFinishOn" || type === "finishNoEarlierThan" || type === "finishNoLaterThan";
}

/** Reads a Task Mode cell: `Manually Scheduled`/`Manual` or `Auto Scheduled`/`Auto`; blank is auto. */
export function parseTaskMode(text: string): "manual" | "auto" | undefined {
  const key = text.trim().toLowerCase();
  if (key === "" || key === "auto scheduled" || key === "auto" || key === "automatic")
    return "auto";
  if (key === "manually scheduled" || key === "manual") return "manual";
  return undefined;
}

/** One entry of a Resource Names cell: `Alice` or `Alice[50%]`. */
export interface ResourceNameEntry {
  readonly name: string;
  /** Share of the resource's time, 1 = 100 %. */
  readonly units: number;
}

/**
 * Reads a Resource Names cell: names separated by `,` (or `;`), each optionally followed by its
 * units in brackets (`Alice[50%], Bob`). Returns undefined when an entry cannot be read.
 */
export function parseResourceNames(text: string): ResourceNameEntry[] | undefined {
  const separator = text.includes(";") ? ";" : ",";
  const entries: ResourceNameEntry[] = [];
  for (const raw of text.split(separator)) {
    const item = raw.trim();
    if (item.length === 0) continue;
    const match = /^([^[\]]+?)\s*(?:\[\s*(\d+(?:\.\d+)?)\s*%\s*\])?$/.exec(item);
    if (match === null) return undefined;
    entries.push({
      name: match[1] ?? item,
      units: match[2] === undefined ? 1 : Number(match[2]) / 100,
    });
  }
  return entries;
}

/** Writes a Resource Names cell; 100 % units are left out, as MS Project does. */
export function formatResourceNames(entries: readonly ResourceNameEntry[]): string {
  return entries
    .map((entry) =>
      entry.units === 1 ? entry.name : `${entry.name}[${Number((entry.units * 100).toFixed(6))}%]`,
    )
    .join(",");
}
