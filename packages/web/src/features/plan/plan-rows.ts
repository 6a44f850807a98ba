import type { Task } from "@orrery/contracts/plans";
import type { GanttRow } from "./gantt/gantt-chart.js";
import { wallMinute } from "./gantt/wall-clock.js";
import { inOutlineOrder } from "./outline-order.js";

export type PlanFilter = "all" | "critical" | "milestones" | "late" | "mine";

/** What the filters measure against: the plan's status date and the signed-in person's tasks. */
export interface FilterContext {
  readonly statusDate: string | null;
  /** The UIDs of the tasks assigned to the person looking (through their resources). */
  readonly mine: ReadonlySet<number>;
}

export interface PlanRow extends GanttRow {
  readonly task: Task;
  /** Whether the row has children (a summary), and whether they are hidden. */
  readonly hasChildren: boolean;
  readonly collapsed: boolean;
}

/**
 * The rows to show, in outline order: tasks under a collapsed summary are hidden, and a filter
 * keeps the matching tasks with the summaries above them, as MS Project's filters do.
 * Tasks the engine has not dated (inactive, empty) are left out of the chart's bars.
 */
/** A baseline's start and finish per task UID. */
export type BaselineDates = ReadonlyMap<
  number,
  { readonly start: string | null; readonly finish: string | null }
>;

export function planRows(
  tasks: readonly Task[],
  collapsed: ReadonlySet<number>,
  filter: PlanFilter,
  context: FilterContext,
  baseline: BaselineDates | null = null,
): PlanRow[] {
  const ordered = inOutlineOrder(tasks);
  const matches = (t: Task) => {
    switch (filter) {
      case "all":
        return true;
      case "critical":
        return t.critical;
      case "milestones":
        return t.milestone;
      case "late":
        return isLate(t, context.statusDate);
      case "mine":
        return context.mine.has(t.uid);
    }
  };
  // Which rows a filter keeps: the matches and every summary above one.
  const keep = new Array<boolean>(ordered.length).fill(filter === "all");
  if (filter !== "all") {
    const ancestors: number[] = [];
    ordered.forEach((task, index) => {
      while (ancestors.length >= task.outlineLevel) ancestors.pop();
      if (matches(task) && !task.summary) {
        keep[index] = true;
        for (const a of ancestors) keep[a] = true;
      }
      ancestors.push(index);
    });
  }
  const rows: PlanRow[] = [];
  let hiddenBelow = Number.POSITIVE_INFINITY;
  ordered.forEach((task, index) => {
    if (task.outlineLevel <= hiddenBelow) hiddenBelow = Number.POSITIVE_INFINITY;
    else return;
    const next = ordered[index + 1];
    const hasChildren = next !== undefined && next.outlineLevel > task.outlineLevel;
    const isCollapsed = hasChildren && collapsed.has(task.uid);
    if (isCollapsed) hiddenBelow = task.outlineLevel;
    if (!keep[index]) return;
    const { start, finish } = spanOf(task);
    const base = baseline?.get(task.uid);
    const baselineStart = base?.start ? wallMinute(base.start) : null;
    const baselineFinish = base?.finish ? wallMinute(base.finish) : null;
    rows.push({
      uid: task.uid,
      name: task.name,
      task,
      hasChildren,
      collapsed: isCollapsed,
      start: start ?? Number.NaN,
      finish: finish ?? start ?? Number.NaN,
      percentComplete: task.percentComplete,
      summary: task.summary,
      milestone: task.milestone,
      critical: task.critical,
      baselineStart,
      baselineFinish,
    });
  });
  return rows;
}

// A task the server's answer did not carry keeps its identity (plan-change.ts), and with it the
// dates parsed here: parsing all 20,000 dates of a large plan took a fifth of an edit's repaint.
interface TaskSpan {
  readonly start: number | null;
  readonly finish: number | null;
}
const spans = new WeakMap<Task, TaskSpan>();

function spanOf(task: Task): TaskSpan {
  let span = spans.get(task);
  if (!span) {
    span = {
      start: task.start === null ? null : wallMinute(task.start),
      finish: task.finish === null ? null : wallMinute(task.finish),
    };
    spans.set(task, span);
  }
  return span;
}

/** Late against the status date: it should have finished by then (MS Project's "Late Tasks"). */
export function isLate(task: Task, statusDate: string | null): boolean {
  if (statusDate === null || task.finish === null || task.percentComplete >= 100) return false;
  return task.finish <= statusDate;
}

/** The earliest start and latest finish among the rows, for the chart's extent. */
export function dateRange(rows: readonly PlanRow[]): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    if (Number.isFinite(row.start)) from = Math.min(from, row.start);
    if (Number.isFinite(row.finish)) to = Math.max(to, row.finish);
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}
