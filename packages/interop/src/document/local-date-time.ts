// Wall-clock dates and times as project files store them: no time zone, no offset. MS Project,
// Primavera and spreadsheets all mean "08:00 on the site's calendar", so converting to an instant
// would invent a zone the file never had. These brands keep such text from mixing with ISO
// instants or free text.

declare const localDateTimeBrand: unique symbol;
declare const localDateBrand: unique symbol;

/** A local date-time `YYYY-MM-DDTHH:MM:SS` (no zone), exactly as MS Project writes it. */
export type LocalDateTime = string & { readonly [localDateTimeBrand]: true };

/** A local calendar date `YYYY-MM-DD` (no zone). */
export type LocalDate = string & { readonly [localDateBrand]: true };

const LOCAL_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `text` is a `YYYY-MM-DDTHH:MM:SS` local date-time. */
export function isLocalDateTime(text: string): text is LocalDateTime {
  return LOCAL_DATE_TIME.test(text);
}

/** True when `text` is a `YYYY-MM-DD` local date. */
export function isLocalDate(text: string): text is LocalDate {
  return LOCAL_DATE.test(text);
}

/**
 * Reads a local date-time, accepting what real files contain: seconds may be missing
 * (`2024-01-02T08:00`) and a fraction or zone suffix is dropped (MS Project ignores both).
 * Returns undefined for anything else.
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  // Most dates arrive exactly so (the store writes them): one test, no copies.
  if (text.length === 19 && isLocalDateTime(text)) return text;
  const trimmed = text.trim();
  const withSeconds = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00` : trimmed;
  const head = withSeconds.slice(0, 19);
  return isLocalDateTime(head) ? head : undefined;
}

/** The date part of a local date-time. */
export function localDateOf(dateTime: LocalDateTime): LocalDate {
  const date = dateTime.slice(0, 10);
  if (!isLocalDate(date)) throw new RangeError(`not a local date-time: ${dateTime}`);
  return date;
}
