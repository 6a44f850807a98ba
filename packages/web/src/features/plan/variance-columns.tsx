import type { Plan, TaskComparison } from "@orrery/contracts/plans";
import { cellClass, VARIANCE_COLUMNS } from "./grid-columns.js";
import { formatVariance, formatWallDate, formatWallDateTime } from "./plan-format.js";

// MS Project's Variance table beside the grid: a baseline's start and finish and how far the
// schedule moved from it. The server counts the variances in working time on each task's
// calendar; they are shown in working days, positive when the task is now later.

/** A task's variance against the baseline, by task UID. */
export type VarianceByTask = ReadonlyMap<number, TaskComparison>;

/** One row's variance cells; empty for a task added after the baseline. */
export function VarianceCells({
  item,
  plan,
}: {
  readonly item: TaskComparison | undefined;
  readonly plan: Pick<Plan, "minutesPerDay">;
}) {
  const base = item?.a ?? null;
  const cells = [
    { text: formatWallDate(base?.start ?? null), title: formatWallDateTime(base?.start ?? null) },
    { text: formatWallDate(base?.finish ?? null), title: formatWallDateTime(base?.finish ?? null) },
    { text: formatVariance(item?.startVarianceMinutes ?? null, plan) },
    { text: formatVariance(item?.finishVarianceMinutes ?? null, plan) },
    { text: formatVariance(item?.durationVarianceMinutes ?? null, plan) },
  ];
  return cells.map((cell, index) => (
    <td
      key={VARIANCE_COLUMNS[index]?.key}
      title={cell.title}
      tabIndex={-1}
      className={cellClass(VARIANCE_COLUMNS[index], cell.text)}
    >
      {cell.text}
    </td>
  ));
}
