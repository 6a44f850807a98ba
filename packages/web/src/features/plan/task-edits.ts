import type { Plan, TaskUpdate } from "@orrery/contracts/plans";
import { parseDurationNotation } from "@orrery/interop/tabular/duration-notation";
import type { CellParse } from "./editable-cell.js";
import { unitLengths } from "./plan-format.js";

/** A task name: not empty, at most 500 characters. */
export function parseName(text: string): CellParse<TaskUpdate> {
  const name = text.trim();
  if (name === "") return { ok: false, message: "A task needs a name" };
  if (name.length > 500) return { ok: false, message: "At most 500 characters" };
  return { ok: true, value: { name } };
}

/** A duration typed as MS Project takes it: `3d`, `2w`, `4h`, `3ed`, `1.5d?`; a bare number is days. */
export function parseDuration(
  text: string,
  plan: Pick<Plan, "minutesPerDay" | "minutesPerWeek">,
): CellParse<TaskUpdate> {
  const duration = parseDurationNotation(text, unitLengths(plan));
  if (duration === undefined || duration.format.unit === "percent")
    return { ok: false, message: "Type a duration such as 3d, 2w, 4h or 3ed" };
  return {
    ok: true,
    value: {
      durationMinutes: duration.minutes,
      durationUnit: duration.format.unit,
      durationElapsed: duration.format.elapsed,
      durationEstimated: duration.format.estimated,
    },
  };
}

/** Percent complete, 0 to 100; a trailing `%` is fine. */
export function parsePercent(text: string): CellParse<TaskUpdate> {
  const value = Number(text.trim().replace(/%$/, "").replace(",", "."));
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100)
    return { ok: false, message: "Type a percentage from 0 to 100" };
  return { ok: true, value: { percentComplete: value } };
}

/** What Undo calls a typed cell: `Duration of Design`. */
export function cellEditLabel(taskName: string, patch: TaskUpdate): string {
  if (patch.name !== undefined) return `Rename ${taskName}`;
  if (patch.durationMinutes !== undefined) return `Duration of ${taskName}`;
  if (patch.percentComplete !== undefined) return `% complete of ${taskName}`;
  if (patch.calendarUid !== undefined) return `Calendar of ${taskName}`;
  return `Change ${taskName}`;
}
