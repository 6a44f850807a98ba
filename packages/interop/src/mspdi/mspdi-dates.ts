// MSPDI dates and times of day, both ways (the MSPDI writer reuses these). Dates are local
// `YYYY-MM-DDTHH:MM:SS` with no zone; times of day are `HH:MM:SS`, where a working interval
// ending at midnight is written `00:00:00` (some writers use `24:00:00`).

import {
  isLocalDate,
  type LocalDate,
  type LocalDateTime,
  localDateOf,
  parseLocalDateTime,
} from "../document/local-date-time.js";

/** Reads an MSPDI date-time; undefined when it is not one. */
export function parseMspdiDateTime(text: string): LocalDateTime | undefined {
  return parseLocalDateTime(text);
}

/** Reads the date part of an MSPDI date-time (exceptions and work weeks use whole days). */
export function parseMspdiDate(text: string): LocalDate | undefined {
  const dateTime = parseLocalDateTime(text);
  if (dateTime !== undefined) return localDateOf(dateTime);
  const trimmed = text.trim();
  return isLocalDate(trimmed) ? trimmed : undefined;
}

/** Writes a date as the midnight date-time MSPDI uses for day-level fields. */
export function formatMspdiDate(date: LocalDate): string {
  return `${date}T00:00:00`;
}

/**
 * Reads `HH:MM[:SS]` into minutes after midnight. When `isEnd`, midnight means the end of the
 * day (1440), as in `<ToTime>00:00:00</ToTime>`. Undefined when it is not a time.
 */
export function parseMspdiTimeOfDay(text: string, isEnd: boolean): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text.trim());
  if (match === null) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440 || Number(match[2]) > 59) return undefined;
  return isEnd && minutes === 0 ? 1440 : minutes;
}

/** Writes minutes after midnight as `HH:MM:SS`; 1440 (end of day) becomes `00:00:00`. */
export function formatMspdiTimeOfDay(minuteOfDay: number): string {
  const minutes = minuteOfDay % 1440;
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes - hours * 60).padStart(2, "0")}:00`;
}
