import { z } from "zod";
import { LocalDate } from "./local-date-time.js";

// A plan's working-time calendars: the working week, exceptions (holidays, changed hours, with
// MS Project's recurrences) and work weeks; a derived calendar lists only what differs from
// its base.

const MinuteOfDay = z.number().int().min(0).max(1440);
export const WorkingTimeRange = z
  .object({ fromMinuteOfDay: MinuteOfDay, toMinuteOfDay: MinuteOfDay })
  .refine((r) => r.toMinuteOfDay > r.fromMinuteOfDay, {
    path: ["toMinuteOfDay"],
    message: "must be after fromMinuteOfDay",
  });
const DayOfWeek = z.number().int().min(0).max(6);
const WorkingTimes = z.array(WorkingTimeRange).max(24);

export const WeekDay = z
  .object({ day: DayOfWeek, working: z.boolean(), workingTimes: WorkingTimes })
  .meta({ id: "WeekDay" });

const WeekOfMonth = z.enum(["first", "second", "third", "fourth", "last"]);
const Month = z.number().int().min(1).max(12);
const DayOfMonth = z.number().int().min(1).max(31);
const Every = z.number().int().min(1).max(1000);

export const ExceptionRecurrence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily"), everyDays: Every }),
  z.object({
    kind: z.literal("weekly"),
    everyWeeks: Every,
    days: z.array(DayOfWeek).min(1),
  }),
  z.object({ kind: z.literal("monthlyByDay"), everyMonths: Every, dayOfMonth: DayOfMonth }),
  z.object({
    kind: z.literal("monthlyByPosition"),
    everyMonths: Every,
    position: WeekOfMonth,
    day: DayOfWeek,
  }),
  z.object({ kind: z.literal("yearlyByDay"), month: Month, dayOfMonth: DayOfMonth }),
  z.object({
    kind: z.literal("yearlyByPosition"),
    month: Month,
    position: WeekOfMonth,
    day: DayOfWeek,
  }),
]);

export const CalendarException = z
  .object({
    name: z.string().max(200).optional(),
    fromDate: LocalDate,
    toDate: LocalDate,
    recurrence: ExceptionRecurrence.default({ kind: "daily", everyDays: 1 }),
    occurrences: z.number().int().min(1).max(10_000).optional(),
    working: z.boolean(),
    workingTimes: WorkingTimes.default([]),
  })
  .refine((e) => e.toDate >= e.fromDate, {
    path: ["toDate"],
    message: "must not be before fromDate",
  })
  .meta({ id: "CalendarException" });

export const WorkWeek = z
  .object({
    name: z.string().max(200).optional(),
    fromDate: LocalDate,
    toDate: LocalDate,
    weekDays: z.array(WeekDay).max(7),
  })
  .meta({ id: "WorkWeek" });

const CalendarFields = z.object({
  name: z.string().trim().min(1, "is required").max(200),
  /** Derived calendars (task or resource calendars) list only what differs from their base. */
  baseCalendarUid: z.number().int().nullable(),
  weekDays: z.array(WeekDay).max(7),
  exceptions: z.array(CalendarException).max(10_000),
  workWeeks: z.array(WorkWeek).max(100),
});

export const Calendar = z
  .object({
    uid: z.number().int(),
    ...CalendarFields.shape,
    isBaseCalendar: z.boolean(),
    /** True for the plan's project calendar. */
    isProjectCalendar: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "Calendar" });
export type Calendar = z.infer<typeof Calendar>;

export const CalendarCreate = CalendarFields.extend({
  baseCalendarUid: z.number().int().nullable().default(null),
  weekDays: CalendarFields.shape.weekDays.default([]),
  exceptions: CalendarFields.shape.exceptions.default([]),
  workWeeks: CalendarFields.shape.workWeeks.default([]),
}).meta({ id: "CalendarCreate" });
export type CalendarCreate = z.infer<typeof CalendarCreate>;

export const CalendarUpdate = CalendarFields.partial().meta({ id: "CalendarUpdate" });
export type CalendarUpdate = z.infer<typeof CalendarUpdate>;
