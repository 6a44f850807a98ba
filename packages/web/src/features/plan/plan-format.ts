import type { DurationUnit, Plan } from "@orrery/contracts/plans";
import {
  type DurationUnitLengths,
  formatDurationNotation,
} from "@orrery/interop/tabular/duration-notation";

type UnitSettings = Pick<Plan, "minutesPerDay" | "minutesPerWeek">;

/** The plan's unit lengths; months are MS Project's default 20 days (plans carry no other). */
export function unitLengths(plan: UnitSettings): DurationUnitLengths {
  return {
    minutesPerDay: plan.minutesPerDay,
    minutesPerWeek: plan.minutesPerWeek,
    daysPerMonth: 20,
  };
}

/** A duration as MS Project shows it: `5d`, `2w`, `4h`, `3ed` (elapsed), `1.5d?` (estimated). */
export function formatDuration(
  minutes: number,
  unit: DurationUnit,
  elapsed: boolean,
  plan: UnitSettings,
  estimated = false,
): string {
  return formatDurationNotation(
    { minutes, format: { unit, elapsed, estimated } },
    unitLengths(plan),
  );
}

const number = (n: number) => String(+n.toFixed(2));

/** Float in working days, as a planner reads it. */
export function formatFloat(minutes: number | null, plan: Pick<Plan, "minutesPerDay">): string {
  if (minutes === null) return "";
  return `${number(minutes / plan.minutesPerDay)}d`;
}

/**
 * A variance in working days, signed as MS Project shows it: `+2d` is later than the baseline,
 * `-1.5d` earlier, `0d` on it; empty when there is nothing to compare.
 */
export function formatVariance(minutes: number | null, plan: Pick<Plan, "minutesPerDay">): string {
  if (minutes === null) return "";
  const days = number(minutes / plan.minutesPerDay);
  return minutes > 0 && days !== "0" ? `+${days}d` : `${days === "-0" ? "0" : days}d`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The day of a wall-clock date-time, as the grid shows it: `23 Nov 26`. */
export function formatWallDate(text: string | null): string {
  return formatWallDateTime(text).slice(0, -6);
}

/** A wall-clock date-time of the schedule, compactly: `23 Nov 26 08:00`. */
export function formatWallDateTime(text: string | null): string {
  if (!text) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(text);
  if (!match) return text;
  const [, year, month, day, time] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year?.slice(2)} ${time}`;
}
