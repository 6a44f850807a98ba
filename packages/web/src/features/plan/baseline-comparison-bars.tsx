import type { TaskComparison } from "@orrery/contracts/plans";
import { wallMinute } from "./gantt/wall-clock.js";

const minuteOf = (text: string | null | undefined) => (text ? wallMinute(text) : null);

// The compare view's small Gantt: each task's bar in both snapshots, one thin bar above the
// other on a common time span, so a slip reads at a glance.

export const BARS_WIDTH = 180;
const MIN_WIDTH = 2;

/** The earliest start and latest finish over both sides of the comparison. */
export function comparisonSpan(
  items: readonly TaskComparison[],
): { readonly from: number; readonly to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const item of items)
    for (const side of [item.a, item.b]) {
      const start = minuteOf(side?.start);
      const finish = minuteOf(side?.finish);
      if (start !== null) from = Math.min(from, start);
      if (finish !== null) to = Math.max(to, finish);
    }
  return Number.isFinite(from) && Number.isFinite(to) && to > from ? { from, to } : null;
}

/** A side's bar as x and width within `BARS_WIDTH`, or null without dates. */
export function sideBar(
  side: TaskComparison["a"],
  span: { readonly from: number; readonly to: number },
): { readonly x: number; readonly width: number } | null {
  const start = minuteOf(side?.start);
  const finish = minuteOf(side?.finish);
  if (start === null || finish === null) return null;
  const scale = BARS_WIDTH / (span.to - span.from);
  const x = (start - span.from) * scale;
  return { x, width: Math.max(MIN_WIDTH, (finish - start) * scale) };
}

/** Both bars of one task; decorative (the row's cells say the same in words). */
export function ComparisonBars({
  item,
  span,
}: {
  readonly item: TaskComparison;
  readonly span: { readonly from: number; readonly to: number };
}) {
  const a = sideBar(item.a, span);
  const b = sideBar(item.b, span);
  return (
    <svg width={BARS_WIDTH} height={14} aria-hidden>
      {a ? (
        <rect className="compare-bar-a" x={a.x} y={1} width={a.width} height={5} rx={1} />
      ) : null}
      {b ? (
        <rect className="compare-bar-b" x={b.x} y={8} width={b.width} height={5} rx={1} />
      ) : null}
    </svg>
  );
}
