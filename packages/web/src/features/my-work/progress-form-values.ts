import type { MyWorkTask } from "@orrery/contracts/my-work";
import type { TaskProgress } from "@orrery/contracts/plans";
import { formatDuration } from "../plan/plan-format.js";
import { parseDuration, parsePercent } from "../plan/task-edits.js";

// The progress form of My work: what a person types, and the change it sends. Dates are days;
// as MS Project does, an actual start is at the working day's start (08:00) and an actual finish
// at its end (17:00).

export interface ProgressValues {
  /** `50` or `50%`. */
  percentComplete: string;
  /** `YYYY-MM-DD` or empty. */
  actualStart: string;
  actualFinish: string;
  /** A duration as the plan grid takes it: `3d`, `2w`, `4h`; empty for none. */
  remaining: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function progressValuesOf(task: MyWorkTask): ProgressValues {
  return {
    percentComplete: String(+task.percentComplete.toFixed(1)),
    actualStart: task.actualStart?.slice(0, 10) ?? "",
    actualFinish: task.actualFinish?.slice(0, 10) ?? "",
    remaining:
      task.remainingDurationMinutes === null
        ? ""
        : formatDuration(task.remainingDurationMinutes, "days", false, task),
  };
}

/** What is wrong with the values, by field; empty when they can be sent. */
export function progressErrors(
  values: ProgressValues,
  task: Pick<MyWorkTask, "minutesPerDay" | "minutesPerWeek">,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const percent = parsePercent(values.percentComplete);
  if (!percent.ok) errors.percentComplete = percent.message;
  if (values.actualStart !== "" && !DAY.test(values.actualStart))
    errors.actualStart = "Actual start is not a date";
  if (values.actualFinish !== "" && !DAY.test(values.actualFinish))
    errors.actualFinish = "Actual finish is not a date";
  else if (values.actualFinish !== "" && values.actualStart === "")
    errors.actualStart = "An actual finish needs an actual start";
  else if (values.actualFinish !== "" && values.actualFinish < values.actualStart)
    errors.actualFinish = "Actual finish must not be before the actual start";
  const remaining = values.remaining.trim() === "" ? null : parseDuration(values.remaining, task);
  if (remaining && !remaining.ok) errors.remaining = remaining.message;
  return errors;
}

/** The progress the values say, only the fields that changed from the task as it was read. */
export function toTaskProgress(values: ProgressValues, task: MyWorkTask): TaskProgress {
  const before = progressValuesOf(task);
  const progress: TaskProgress = {};
  const percent = parsePercent(values.percentComplete);
  if (values.percentComplete !== before.percentComplete && percent.ok)
    progress.percentComplete = percent.value.percentComplete;
  if (values.actualStart !== before.actualStart)
    progress.actualStart = values.actualStart === "" ? null : `${values.actualStart}T08:00:00`;
  if (values.actualFinish !== before.actualFinish)
    progress.actualFinish = values.actualFinish === "" ? null : `${values.actualFinish}T17:00:00`;
  if (values.remaining.trim() !== before.remaining) {
    const duration = values.remaining.trim() === "" ? null : parseDuration(values.remaining, task);
    progress.remainingDurationMinutes = duration?.ok
      ? (duration.value.durationMinutes ?? null)
      : null;
  }
  return progress;
}
