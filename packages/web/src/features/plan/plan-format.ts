import type { DurationUnit, Link, LinkLag, Plan } from "@orrery/contracts/plans";
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

function formatLag(lag: LinkLag, plan: UnitSettings): string {
  if (lag.kind === "percent") {
    if (lag.percent === 0) return "";
    return `${lag.percent > 0 ? "+" : ""}${number(lag.percent)}%`;
  }
  if (lag.minutes === 0) return "";
  const text = formatDuration(Math.abs(lag.minutes), lag.unit, lag.elapsed, plan);
  return `${lag.minutes > 0 ? "+" : "-"}${text}`;
}

/**
 * Each successor's predecessors written as MS Project writes them (`4, 7SS+2d, 9FF-10%`), by the
 * predecessors' row numbers.
 */
export function predecessorText(
  links: readonly Link[],
  rowOf: ReadonlyMap<number, number>,
  plan: UnitSettings,
): Map<number, string> {
  const parts = new Map<number, { row: number; text: string }[]>();
  for (const link of links) {
    const row = rowOf.get(link.predecessorUid);
    if (row === undefined) continue;
    const lag = formatLag(link.lag, plan);
    const type = link.type === "FS" && lag === "" ? "" : link.type;
    const list = parts.get(link.successorUid) ?? [];
    list.push({ row, text: `${row}${type}${lag}` });
    parts.set(link.successorUid, list);
  }
  const out = new Map<number, string>();
  for (const [uid, list] of parts)
    out.set(
      uid,
      list
        .sort((a, b) => a.row - b.row)
        .map((p) => p.text)
        .join(", "),
    );
  return out;
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
