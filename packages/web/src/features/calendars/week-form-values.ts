import type { WeekDay as WeekDaySchema } from "@orrery/contracts/calendars";
import type { z } from "zod";
import {
  DAY_NAMES,
  formatWorkingTimes,
  parseWorkingTimes,
  STANDARD_HOURS,
} from "./working-times.js";

type WeekDay = z.infer<typeof WeekDaySchema>;

// A week as a form edits it: each day working (with its hours as typed), non-working, or — in a
// derived calendar or a work week — left to the base calendar or the calendar's own week.

export type DayMode = "working" | "off" | "inherit";

export interface DayValues {
  readonly mode: DayMode;
  /** `08:00–12:00, 13:00–17:00`; kept while the day is off so switching back restores it. */
  readonly hours: string;
}

/** Seven days, Sunday first. */
export type WeekValues = readonly DayValues[];

/** The form's values for week days as the API gives them; days not listed are `inherit`. */
export function weekValuesOf(weekDays: readonly WeekDay[]): DayValues[] {
  return DAY_NAMES.map((_, day) => {
    const defined = weekDays.find((d) => d.day === day);
    if (!defined) return { mode: "inherit", hours: formatWorkingTimes(STANDARD_HOURS) };
    return {
      mode: defined.working ? "working" : "off",
      hours: formatWorkingTimes(defined.working ? defined.workingTimes : STANDARD_HOURS),
    };
  });
}

export type WeekParse =
  | { readonly ok: true; readonly weekDays: WeekDay[] }
  | { readonly ok: false; readonly errors: Record<number, string> };

/** The API's week days for the form's values, or the problem of each day that does not read. */
export function weekDaysOf(values: WeekValues): WeekParse {
  const weekDays: WeekDay[] = [];
  const errors: Record<number, string> = {};
  values.forEach((value, day) => {
    if (value.mode === "inherit") return;
    if (value.mode === "off") {
      weekDays.push({ day, working: false, workingTimes: [] });
      return;
    }
    const parsed = parseWorkingTimes(value.hours);
    if (parsed.ok) weekDays.push({ day, working: true, workingTimes: parsed.ranges });
    else errors[day] = parsed.error;
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, weekDays };
}

/** The error of one day's values (shown next to its field as the person types), or null. */
export function dayError(value: DayValues): string | null {
  if (value.mode !== "working") return null;
  const parsed = parseWorkingTimes(value.hours);
  return parsed.ok ? null : parsed.error;
}
