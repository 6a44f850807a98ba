// fast-check arbitraries for the values documents are built of: dates, text, amounts, duration
// formats and calendars with every kind of recurring exception and work weeks. Each value is one
// a lossless format can spell (see project-file-arbitraries.ts).

import fc from "fast-check";
import type { LocalDate, LocalDateTime } from "./document/local-date-time.js";
import { isLocalDate, isLocalDateTime } from "./document/local-date-time.js";
import type {
  CalendarDefinition,
  CalendarException,
  DayOfWeek,
  DurationFormat,
  ExceptionRecurrence,
  WeekDayDefinition,
  WorkingTimeRange,
  WorkWeek,
} from "./document/project-document.js";
import { toCalendarUid } from "./document/record-uids.js";

export const DAYS: readonly DayOfWeek[] = [0, 1, 2, 3, 4, 5, 6];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** A date between 2000 and 2040 (days 1–28 so every month has it). */
export const localDateArbitrary: fc.Arbitrary<LocalDate> = fc
  .record({
    year: fc.integer({ min: 2000, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`)
  .filter(isLocalDate);

/** A whole-minute date-time. */
export const localDateTimeArbitrary: fc.Arbitrary<LocalDateTime> = fc
  .tuple(localDateArbitrary, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([date, hour, minute]) => `${date}T${pad(hour)}:${pad(minute)}:00`)
  .filter(isLocalDateTime);

/** Printable text without XML-forbidden characters; never empty. */
export const textArbitrary: fc.Arbitrary<string> = fc
  .string({
    minLength: 1,
    maxLength: 24,
    unit: fc.constantFrom(..."abcXYZ 019&<>\"'é—ü\n\r\t-_.;,"),
  })
  .filter((text) => text.trim().length > 0);

export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

export const wholeMinutes = fc.integer({ min: 0, max: 2_000_000 });
export const tenthsAsMinutes = fc
  .integer({ min: -1_000_000, max: 1_000_000 })
  .map((tenths) => tenths / 10);
export const cents = fc.integer({ min: 0, max: 100_000_000 }).map((value) => value / 100);

/** A duration display format (not percent, which only lags use). */
export const durationFormatArbitrary: fc.Arbitrary<DurationFormat> = fc.record({
  unit: fc.constantFrom("minutes", "hours", "days", "weeks", "months"),
  elapsed: fc.boolean(),
  estimated: fc.boolean(),
});

/** Sorted, disjoint working ranges; at least one. */
const workingTimesArbitrary: fc.Arbitrary<WorkingTimeRange[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 })
  .map((points) => points.sort((a, b) => a - b))
  .map((points) => {
    const ranges: WorkingTimeRange[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) {
      ranges.push({
        fromMinuteOfDay: (points[i] ?? 0) * 15,
        toMinuteOfDay: (points[i + 1] ?? 0) * 15,
      });
    }
    return ranges;
  });

const weekDaysArbitrary: fc.Arbitrary<WeekDayDefinition[]> = fc.subarray([...DAYS]).chain((days) =>
  fc.tuple(
    ...days.map((day) =>
      fc.boolean().chain((working) =>
        (working ? workingTimesArbitrary : fc.constant([])).map((workingTimes) => ({
          day,
          working,
          workingTimes,
        })),
      ),
    ),
  ),
);

const recurrenceArbitrary: fc.Arbitrary<ExceptionRecurrence> = fc.oneof(
  fc.record({ kind: fc.constant("daily" as const), everyDays: fc.integer({ min: 1, max: 9 }) }),
  fc.record({
    kind: fc.constant("weekly" as const),
    everyWeeks: fc.integer({ min: 1, max: 4 }),
    days: fc.subarray([...DAYS], { minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant("monthlyByDay" as const),
    everyMonths: fc.integer({ min: 1, max: 6 }),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({
    kind: fc.constant("monthlyByPosition" as const),
    everyMonths: fc.integer({ min: 1, max: 6 }),
    position: fc.constantFrom("first", "second", "third", "fourth", "last"),
    day: fc.constantFrom(...DAYS),
  }),
  fc.record({
    kind: fc.constant("yearlyByDay" as const),
    month: fc.integer({ min: 1, max: 12 }),
    dayOfMonth: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant("yearlyByPosition" as const),
    month: fc.integer({ min: 1, max: 12 }),
    position: fc.constantFrom("first", "second", "third", "fourth", "last"),
    day: fc.constantFrom(...DAYS),
  }),
);

const datePairArbitrary = fc
  .tuple(localDateArbitrary, localDateArbitrary)
  .map(([a, b]) => (a <= b ? { fromDate: a, toDate: b } : { fromDate: b, toDate: a }));

const exceptionArbitrary: fc.Arbitrary<CalendarException> = fc
  .record({
    name: optional(textArbitrary),
    dates: datePairArbitrary,
    recurrence: recurrenceArbitrary,
    occurrences: optional(fc.integer({ min: 1, max: 50 })),
    working: fc.boolean(),
    times: workingTimesArbitrary,
  })
  .map(({ name, dates, recurrence, occurrences, working, times }) => ({
    name,
    ...dates,
    recurrence,
    occurrences,
    working,
    workingTimes: working ? times : [],
  }));

const workWeekArbitrary: fc.Arbitrary<WorkWeek> = fc
  .record({ name: optional(textArbitrary), dates: datePairArbitrary, weekDays: weekDaysArbitrary })
  .map(({ name, dates, weekDays }) => ({ name, ...dates, weekDays }));

/** A calendar: a base one, or derived from `baseUid`. */
export function calendarArbitrary(
  uid: number,
  baseUid: number | undefined,
): fc.Arbitrary<CalendarDefinition> {
  return fc.record({
    uid: fc.constant(toCalendarUid(uid)),
    name: textArbitrary,
    guid: optional(fc.uuid()),
    isBaseCalendar: fc.constant(baseUid === undefined),
    isBaselineCalendar: optional(fc.boolean()),
    baseCalendarUid: fc.constant(baseUid === undefined ? undefined : toCalendarUid(baseUid)),
    weekDays: weekDaysArbitrary,
    exceptions: fc.array(exceptionArbitrary, { maxLength: 4 }),
    workWeeks: fc.array(workWeekArbitrary, { maxLength: 2 }),
  });
}
