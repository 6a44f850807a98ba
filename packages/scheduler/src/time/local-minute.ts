// Time in the engine is a count of minutes on the wall clock since 1970-01-01T00:00, with no time
// zone: MS Project stores local dates ("08:00 on site"), so a minute count is cheap to store in
// typed arrays and never shifts with DST. MS Project keeps durations in tenths of a minute and
// then writes dates such as 13:43:12, so a moment may carry a fraction; it is rounded to the
// second only when written.

declare const localMinuteBrand: unique symbol;
declare const workingMinutesBrand: unique symbol;

/** A wall-clock moment: minutes (possibly fractional) since 1970-01-01T00:00 local time. */
export type LocalMinute = number & { readonly [localMinuteBrand]: true };

/** An amount of working time in minutes, counted on some calendar. */
export type WorkingMinutes = number & { readonly [workingMinutesBrand]: true };

/** A day number: days since 1970-01-01 (local). */
export type DayNumber = number;

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/**
 * Rounds minutes to a fixed grid (1/10000 minute). MS Project keeps tenths of a minute, so
 * fractional durations occur; without a grid, the same date reached by two routes of float
 * arithmetic (0.1 + 0.2 and 0.3) could compare unequal and a tie would break differently.
 */
export function onMinuteGrid(minutes: number): number {
  // Whole minutes (nearly every value) are on the grid already. A tiny negative remainder rounds
  // to -0, which `+ 0` makes 0: the same float reached by two routes must be the same number.
  return Number.isInteger(minutes) ? minutes : Math.round(minutes * 10000) / 10000 + 0;
}

function isMoment(value: number): value is LocalMinute {
  return Number.isFinite(value);
}
function isWorkingMinutes(value: number): value is WorkingMinutes {
  return Number.isFinite(value);
}

/** Brands minutes since the epoch as a moment; throws on NaN or infinity. */
export function toLocalMinute(value: number): LocalMinute {
  if (isMoment(value)) return value;
  throw new RangeError(`not a moment: ${value}`);
}

/** Brands a finite number as an amount of working minutes. */
export function toWorkingMinutes(value: number): WorkingMinutes {
  if (isWorkingMinutes(value)) return value;
  throw new RangeError(`not a finite amount of minutes: ${value}`);
}

// Civil date <-> day number, after Howard Hinnant's public-domain "chrono-compatible low-level
// date algorithms"; exact for every Gregorian date, no Date object or zone involved.

/** Days since 1970-01-01 of a Gregorian date (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A Gregorian date split into parts (month 1–12). */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The Gregorian date of a day number. */
export function civilDateOf(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return (
    dayNumberOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumberOf(year, month, 1)
  );
}

/** The day a moment falls on. */
export function dayOf(moment: LocalMinute): DayNumber {
  return Math.floor(moment / MINUTES_PER_DAY);
}

/** The moment a day starts (00:00). */
export function startOfDay(dayNumber: DayNumber): LocalMinute {
  return toLocalMinute(dayNumber * MINUTES_PER_DAY);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`. Returns undefined when the
 * text is not such a date.
 */
export function parseLocalMinute(text: string): LocalMinute | undefined {
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, se] = match;
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = se === undefined ? 0 : Number(se);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return undefined;
  if (hour > 24 || minute > 59 || second > 59) return undefined;
  return toLocalMinute(
    dayNumberOf(Number(y), month, day) * MINUTES_PER_DAY + hour * 60 + minute + second / 60,
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Writes a moment as `YYYY-MM-DDTHH:MM:SS` (to the nearest second), as MSPDI does. */
export function formatLocalMinute(moment: LocalMinute): string {
  const totalSeconds = Math.round(moment * 60);
  const dayNumber = Math.floor(totalSeconds / 86400);
  const { year, month, day } = civilDateOf(dayNumber);
  const secondOfDay = totalSeconds - dayNumber * 86400;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay - hour * 3600) / 60);
  const second = secondOfDay - hour * 3600 - minute * 60;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
}

/** Writes a day number as `YYYY-MM-DD`. */
export function formatDayNumber(dayNumber: DayNumber): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
