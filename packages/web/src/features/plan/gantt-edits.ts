import type { PlanChange, Task, TaskBatchOperation, TaskUpdate } from "@orrery/contracts/plans";
import {
  MINUTES_PER_DAY,
  startOfDay,
  type WallMinute,
  wallMinute,
  wallText,
} from "./gantt/wall-clock.js";
import { formatWallDate } from "./plan-format.js";

// What each drag in the Gantt asks the server for, as one patch or one batch, so that any caller
// (the plan page today, an undo history tomorrow) sends it as it sends a typed edit. The server
// reschedules; nothing here computes a working time.

/**
 * Dropping a moved bar, as MS Project does it. An automatically scheduled task gets a "Start No
 * Earlier Than" constraint at the dropped day (the engine starts it at the first working moment
 * from there, or later if its links say so); a manually scheduled task's typed start moves there,
 * keeping its time of day, and its finish follows from its duration. Summaries are not moved:
 * their dates come from their subtasks (the chart offers no move for them).
 */
export function moveEdit(task: Task, start: WallMinute): TaskUpdate {
  if (task.schedulingMode === "manual") {
    const was = task.manualStart ?? task.start;
    const from = was === null ? null : wallMinute(was);
    const timeOfDay = from === null ? 0 : from - startOfDay(from);
    return { manualStart: wallText(start + timeOfDay), manualFinish: null };
  }
  return { constraintType: "startNoEarlierThan", constraintDate: wallText(start) };
}

/** Dropping a bar's end: the server turns the finish into a duration on the task's calendar. */
export function resizeEdit(until: WallMinute): TaskUpdate {
  return { durationUntil: wallText(until) };
}

/** Dropping a link dragged from one bar onto another: finish-to-start, no lag. */
export function linkEdit(predecessorUid: number, successorUid: number): TaskBatchOperation[] {
  return [
    {
      op: "link",
      link: {
        predecessorUid,
        successorUid,
        type: "FS",
        lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
      },
    },
  ];
}

/**
 * What the page says once a move is saved, as MS Project's planning wizard does: that a
 * constraint now holds the task, and where its links keep it when they start it later.
 */
export function moveNote(task: Task, start: WallMinute, change: PlanChange): string {
  const after = change.changed.find((t) => t.uid === task.uid)?.start ?? null;
  const day = formatWallDate(wallText(start));
  if (task.schedulingMode === "manual")
    return `"${task.name}" now starts ${day} (scheduled manually).`;
  const scheduled = after === null ? null : wallMinute(after);
  const later =
    scheduled !== null && startOfDay(scheduled) >= start + MINUTES_PER_DAY
      ? ` Its predecessors keep it at ${formatWallDate(after)}.`
      : "";
  return `"${task.name}" now starts no earlier than ${day} — constraint set.${later}`;
}
