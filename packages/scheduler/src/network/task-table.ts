// The plan's per-task and per-link data, resolved once when the plan is compiled: durations,
// constraints, actuals and lags in typed arrays. The passes read these; an edit copies only the
// arrays it changes. Data most plans lack (constraint dates, deadlines, actuals, leveling
// delays, percent and elapsed lags) is held in arrays that stay empty until some task or link
// has it: reading past the end of an empty array gives undefined, which every reader takes as
// "none", so a large plain plan pays neither memory nor time for features it does not use.

import {
  GIVEN_DELAY_ELAPSED,
  GIVEN_ELAPSED,
  GIVEN_MANUAL,
  type InputColumns,
} from "./input-columns.js";
import {
  ALAP,
  KIND_CONSTRAINED,
  KIND_DEADLINE,
  KIND_DELAYED,
  KIND_ELAPSED,
  KIND_INACTIVE,
  KIND_MANUAL,
  KIND_PROGRESS,
  KIND_SUMMARY,
  LAG_ON_PREDECESSOR,
  LAG_ON_PROJECT,
  LAG_RULES,
  LATE_STYLES,
  LINK_PLAIN,
} from "./schedule-codes.js";
import type { TaskInput } from "./schedule-input.js";
import type { PlanStructure } from "./schedule-plan.js";

/** Kinds of task present in a plan; a run sizes its scratch arrays by them. */
export interface PlanFeatures {
  /** Some task takes no part (inactive, or under an inactive summary). */
  readonly inactive: boolean;
  readonly summaries: boolean;
  readonly manualSummaries: boolean;
  /**
   * Some task has progress or a leveling delay: a task's link start (what its predecessors
   * see) can then differ from its late start, and a started task can resume.
   */
  readonly progress: boolean;
  readonly lateAsPossible: boolean;
}

/** Per-task and per-link data resolved from the input. */
export interface TaskTable {
  /** Duration of each task in minutes (working, or wall-clock when elapsed). */
  readonly duration: Float64Array;
  /** KIND_* bits of each task. */
  readonly kind: Uint8Array;
  /** 1 for a task with no duration: placed as a milestone (see TaskInput.milestone). */
  readonly milestone: Uint8Array;
  readonly constraintType: Uint8Array;
  /** Constraint date, NaN when none (empty when no task has one). */
  readonly constraintDate: Float64Array;
  /** Deadline, NaN when none (empty when no task has one). */
  readonly deadline: Float64Array;
  /** Actual dates and duration, NaN when not given (empty when no task has progress). */
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly actualDuration: Float64Array;
  /** Leveling delay in minutes (empty when none); wall-clock when `levelingDelayElapsed`. */
  readonly levelingDelay: Float64Array;
  readonly levelingDelayElapsed: Uint8Array;
  /** Lag of each plan link in minutes (percent lags resolved against the predecessor). */
  readonly lag: Float64Array;
  /** Percentage of each percent lag (NaN for time lags; empty when none), to re-resolve. */
  readonly lagPercent: Float64Array;
  /** 1 for a lag in wall-clock minutes (empty when no link has one). */
  readonly lagElapsed: Uint8Array;
  /** Type and LINK_PLAIN of each plan link. */
  readonly linkKind: Uint8Array;
  /** `lag` and `linkKind` of the links out of each task, in `outLinks` order. */
  readonly outLag: Float64Array;
  readonly outKind: Uint8Array;
  /** Whose calendar counts lags: LAG_ON_SUCCESSOR, LAG_ON_PREDECESSOR or LAG_ON_PROJECT. */
  readonly lagCalendarRule: number;
  /** Where late dates on a break go (LATE_* code). */
  readonly lateDateStyle: number;
  readonly honorConstraints: boolean;
  readonly projectStart: number;
  /** What the plan contains, so a run allocates scratch only for what it will use. */
  readonly features: PlanFeatures;
}

/** Resolves the plan's tasks and links (read into `columns`) into the table the passes read. */
export function buildTaskTable(plan: PlanStructure, columns: InputColumns): TaskTable {
  const { input, taskCount } = plan;
  const { duration, constraintType, given } = columns;
  const kind = new Uint8Array(taskCount);
  const milestone = new Uint8Array(taskCount);
  const delayed = columns.levelingDelay.length !== 0;
  const levelingDelayElapsed = new Uint8Array(delayed ? taskCount : 0);
  for (let t = 0; t < taskCount; t++) {
    const flags = given[t] ?? 0;
    if (duration[t] === 0) milestone[t] = 1;
    if (delayed && (flags & GIVEN_DELAY_ELAPSED) !== 0) levelingDelayElapsed[t] = 1;
    let bits = plan.active[t] === 1 ? 0 : KIND_INACTIVE;
    if (plan.summary[t] === 1) bits |= KIND_SUMMARY;
    if ((flags & GIVEN_ELAPSED) !== 0) bits |= KIND_ELAPSED;
    if ((flags & GIVEN_MANUAL) !== 0) bits |= KIND_MANUAL;
    if ((constraintType[t] ?? 0) > ALAP) bits |= KIND_CONSTRAINED;
    if (
      !Number.isNaN(columns.actualStart[t] ?? Number.NaN) ||
      !Number.isNaN(columns.actualFinish[t] ?? Number.NaN) ||
      !Number.isNaN(columns.actualDuration[t] ?? Number.NaN)
    )
      bits |= KIND_PROGRESS;
    if (!Number.isNaN(columns.deadline[t] ?? Number.NaN)) bits |= KIND_DEADLINE;
    if ((columns.levelingDelay[t] ?? 0) !== 0) bits |= KIND_DELAYED;
    kind[t] = bits;
  }
  // The plan's links, by plan index, from the input's (linkSource).
  const linkCount = plan.linkFrom.length;
  const percents = columns.lagPercent.length !== 0;
  const elapsedLags = columns.lagElapsed.length !== 0;
  const lag = new Float64Array(linkCount);
  const lagPercent = new Float64Array(percents ? linkCount : 0).fill(Number.NaN);
  const lagElapsed = new Uint8Array(elapsedLags ? linkCount : 0);
  for (let l = 0; l < linkCount; l++) {
    const source = plan.linkSource[l] ?? 0;
    const percent = columns.lagPercent[source] ?? Number.NaN;
    // MS Project keeps dates to the minute, so a percentage of a duration is rounded.
    if (Number.isNaN(percent)) lag[l] = columns.lag[source] ?? 0;
    else {
      lagPercent[l] = percent;
      lag[l] = percentLag(percent, duration[plan.linkFrom[l] ?? 0] ?? 0);
    }
    if (elapsedLags) lagElapsed[l] = columns.lagElapsed[source] ?? 0;
  }
  const lagCalendarRule = LAG_RULES[input.lagCalendar ?? "successor"];
  const linkKind = new Uint8Array(linkCount);
  for (let l = 0; l < linkCount; l++) {
    const from = plan.linkFrom[l] ?? 0;
    const to = plan.linkTo[l] ?? 0;
    const calendar = plan.taskCalendar[to];
    const lagCalendar =
      lagCalendarRule === LAG_ON_PROJECT
        ? input.projectCalendar
        : plan.taskCalendar[lagCalendarRule === LAG_ON_PREDECESSOR ? from : to];
    const plain =
      plan.taskCalendar[from] === calendar &&
      lagCalendar === calendar &&
      lagElapsed[l] !== 1 &&
      ((kind[from] ?? 0) & KIND_ELAPSED) === 0 &&
      ((kind[to] ?? 0) & KIND_ELAPSED) === 0;
    linkKind[l] = (plan.linkType[l] ?? 0) | (plain ? LINK_PLAIN : 0);
  }
  const outLag = new Float64Array(linkCount);
  const outKind = new Uint8Array(linkCount);
  for (let e = 0; e < linkCount; e++) {
    const l = plan.outLinks[e] ?? 0;
    outLag[e] = lag[l] ?? 0;
    outKind[e] = linkKind[l] ?? 0;
  }
  return {
    duration,
    kind,
    milestone,
    constraintType,
    constraintDate: columns.constraintDate,
    deadline: columns.deadline,
    actualStart: columns.actualStart,
    actualFinish: columns.actualFinish,
    actualDuration: columns.actualDuration,
    levelingDelay: columns.levelingDelay,
    levelingDelayElapsed,
    lag,
    lagPercent,
    lagElapsed,
    linkKind,
    outLag,
    outKind,
    lagCalendarRule,
    lateDateStyle: LATE_STYLES[input.lateDateStyle ?? "byTaskMode"],
    honorConstraints: input.honorConstraints ?? true,
    features: featuresOf(plan, kind, constraintType, columns.actualStart),
    projectStart: input.projectStart,
  };
}

/** The KIND_* bits of a task from its input (activity and summary come from the outline). */
export function kindOf(task: TaskInput, active: boolean, summary: boolean): number {
  let kind = 0;
  if (!active) kind |= KIND_INACTIVE;
  if (summary) kind |= KIND_SUMMARY;
  if (task.elapsed === true) kind |= KIND_ELAPSED;
  if (task.manual === true) kind |= KIND_MANUAL;
  const type = task.constraint?.type;
  if (type !== undefined && type !== "ASAP" && type !== "ALAP") kind |= KIND_CONSTRAINED;
  if (
    task.actualStart !== undefined ||
    task.actualFinish !== undefined ||
    task.actualDuration !== undefined
  )
    kind |= KIND_PROGRESS;
  if (task.deadline !== undefined) kind |= KIND_DEADLINE;
  if (task.levelingDelay !== undefined && task.levelingDelay !== 0) kind |= KIND_DELAYED;
  return kind;
}

/** A percentage of a duration, rounded to the minute as MS Project keeps dates. */
export function percentLag(percent: number, duration: number): number {
  return Math.round((percent / 100) * duration);
}

function featuresOf(
  plan: PlanStructure,
  kind: Uint8Array,
  constraintType: Uint8Array,
  actualStart: Float64Array,
): PlanFeatures {
  let inactive = false;
  let summaries = false;
  let manualSummaries = false;
  let progress = false;
  let lateAsPossible = false;
  for (let t = 0; t < plan.taskCount; t++) {
    if (plan.summary[t] === 1) {
      summaries = true;
      if (((kind[t] ?? 0) & KIND_MANUAL) !== 0) manualSummaries = true;
    }
    if (!Number.isNaN(actualStart[t] ?? Number.NaN)) progress = true;
    // Predecessors see a delayed task's late start less its delay (backward-rules.ts).
    if (((kind[t] ?? 0) & KIND_DELAYED) !== 0) progress = true;
    if (constraintType[t] === ALAP) lateAsPossible = true;
    if (plan.active[t] !== 1) inactive = true;
  }
  return { inactive, summaries, manualSummaries, progress, lateAsPossible };
}
