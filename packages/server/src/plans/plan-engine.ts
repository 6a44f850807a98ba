// Rescheduling after an edit, incrementally where the engine allows. This node keeps the
// compiled plan and last result of recently edited plans, keyed by the plan's version in the
// store; when the version still matches (no other node or request wrote since) and the edit is
// one the engine applies incrementally (durations, constraints, deadlines, progress, links
// added or removed), only what the edit reaches is recomputed. Anything else (new tasks, a moved
// row, a calendar) compiles and schedules the plan afresh. The engine's property tests hold the
// incremental result equal to a full schedule.

import { type MappedSchedule, toScheduleInput } from "@orrery/interop/schedule-input";
import { applyEditInPlace } from "@orrery/scheduler/cpm/incremental";
import { type ScheduleResult, schedulePlan } from "@orrery/scheduler/cpm/schedule";
import type { ScheduleEdit } from "@orrery/scheduler/network/plan-edit";
import type { LinkInput, ScheduleInput, TaskInput } from "@orrery/scheduler/network/schedule-input";
import { compilePlan, type SchedulePlan } from "@orrery/scheduler/network/schedule-plan";
import { documentOfPlan, type PlanState } from "./plan-document.js";
import type { EditedPlan } from "./plan-edits.js";
import { rowsWithResult, type ScheduledRows, scheduleProblem } from "./plan-schedule.js";
import type { PlanKey } from "./plan-store.js";

interface EngineState {
  readonly version: number;
  readonly plan: SchedulePlan;
  readonly result: ScheduleResult;
}

/** Plans kept per node; a plan of 100,000 tasks holds some tens of megabytes. */
const CACHED_PLANS = 8;
const cache = new Map<string, EngineState>();

function cacheKey(key: PlanKey): string {
  return `${key.orgId}/${key.projectId}`;
}

/** Takes the plan's entry out (an edit consumes it; it comes back only after commit). */
function take(key: PlanKey): EngineState | undefined {
  const id = cacheKey(key);
  const entry = cache.get(id);
  cache.delete(id);
  return entry;
}

function keep(key: PlanKey, entry: EngineState): void {
  cache.set(cacheKey(key), entry);
  while (cache.size > CACHED_PLANS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

/** The rescheduled rows and a way to keep the engine state once the edit has committed. */
export interface ScheduledEdit extends ScheduledRows {
  /** How the rows were computed, for tests and the bench. */
  readonly mode: "incremental" | "full";
  /** Keeps the engine state for the plan's next version. */
  readonly commit: (version: number) => void;
}

/** Compiles and schedules the plan in full. */
export function scheduleInFull(mapped: MappedSchedule): {
  readonly plan: SchedulePlan;
  readonly result: ScheduleResult;
} {
  const compiled = compilePlan(mapped.input);
  if (!compiled.ok) {
    const tasks = compiled.reason === "cycle" ? compiled.cycle : compiled.tasks;
    throw scheduleProblem({ ok: false, reason: compiled.reason, message: compiled.message, tasks });
  }
  const result = schedulePlan(compiled.plan);
  if (!result.ok) throw scheduleProblem(result);
  return { plan: compiled.plan, result };
}

/** Reschedules the edited plan; incremental when the cached state allows. */
export function scheduleEdit(key: PlanKey, before: PlanState, edited: EditedPlan): ScheduledEdit {
  const mapped = toScheduleInput(documentOfPlan(edited.state));
  const cached = take(key);
  const incremental =
    cached !== undefined && cached.version === before.plan.version
      ? applyIncrementally(cached, mapped.input)
      : undefined;
  const engine = incremental ?? scheduleInFull(mapped);
  const rows = rowsWithResult(edited.state.tasks, mapped.documentIndex, engine.result);
  return {
    ...rows,
    mode: incremental ? "incremental" : "full",
    commit: (version) => keep(key, { version, plan: engine.plan, result: engine.result }),
  };
}

/** Keeps a freshly scheduled plan (after a read or an import) for the next edit. */
export function rememberSchedule(
  key: PlanKey,
  version: number,
  plan: SchedulePlan,
  result: ScheduleResult,
): void {
  keep(key, { version, plan, result });
}

/**
 * The cached plan brought to `next` by the engine's incremental edits, or undefined when `next`
 * differs in a way those edits cannot express (or an edit is refused: a loop is then reported
 * by the full compile).
 */
function applyIncrementally(
  cached: EngineState,
  next: ScheduleInput,
): { plan: SchedulePlan; result: ScheduleResult } | undefined {
  const edits = editsBetween(cached.plan.input, next);
  if (edits === undefined) return undefined;
  let plan = cached.plan;
  let result = cached.result;
  for (const edit of edits) {
    const applied = applyEditInPlace(plan, result, edit(plan.input));
    if (!applied.ok) return undefined;
    plan = applied.plan;
    result = applied.result;
  }
  return { plan, result };
}

type EditAt = (input: ScheduleInput) => ScheduleEdit;

const SAME_PROJECT: readonly (keyof ScheduleInput)[] = [
  "projectCalendar",
  "projectStart",
  "projectFinish",
  "scheduleFrom",
  "statusDate",
  "scheduleRemainingFromStatusDate",
  "honorConstraints",
  "criticalFloatLimit",
  "lateDateStyle",
  "lagCalendar",
];

/** What an incremental edit cannot change about a task. */
const SAME_TASK: readonly (keyof TaskInput)[] = [
  "key",
  "parent",
  "calendar",
  "elapsed",
  "milestone",
  "manual",
  "manualStart",
  "manualFinish",
  "active",
  "levelingDelay",
  "levelingDelayElapsed",
  "remainingDuration",
];

function linkKey(link: LinkInput): string {
  return `${link.from} ${link.to} ${link.type} ${link.lag ?? ""} ${link.lagPercent ?? ""} ${link.lagElapsed === true}`;
}

/** The engine edits that turn `from` into `to`, or undefined when there are none that can. */
function editsBetween(from: ScheduleInput, to: ScheduleInput): EditAt[] | undefined {
  if (from.tasks.length !== to.tasks.length) return undefined;
  if (SAME_PROJECT.some((name) => from[name] !== to[name])) return undefined;
  if (JSON.stringify(from.calendars) !== JSON.stringify(to.calendars)) return undefined;
  const edits: EditAt[] = [];
  for (let t = 0; t < to.tasks.length; t++) {
    const a = from.tasks[t];
    const b = to.tasks[t];
    if (a === undefined || b === undefined) return undefined;
    if (a === b) continue;
    if (SAME_TASK.some((name) => a[name] !== b[name])) return undefined;
    if (a.duration !== b.duration)
      edits.push(() => ({ kind: "duration", task: t, duration: b.duration }));
    const constraint = b.constraint ?? { type: "ASAP" };
    if (
      (a.constraint?.type ?? "ASAP") !== constraint.type ||
      a.constraint?.date !== constraint.date
    )
      edits.push(() => ({ kind: "constraint", task: t, constraint }));
    if (a.deadline !== b.deadline)
      edits.push(() => ({ kind: "deadline", task: t, deadline: b.deadline }));
    if (
      a.actualStart !== b.actualStart ||
      a.actualFinish !== b.actualFinish ||
      a.actualDuration !== b.actualDuration ||
      (a.percentComplete ?? 0) !== (b.percentComplete ?? 0)
    ) {
      edits.push(() => ({
        kind: "progress",
        task: t,
        actualStart: b.actualStart,
        actualFinish: b.actualFinish,
        actualDuration: b.actualDuration,
        percentComplete: b.percentComplete ?? 0,
      }));
    }
  }
  const wanted = new Map<string, LinkInput>();
  for (const link of to.links) wanted.set(linkKey(link), link);
  const present = new Set(from.links.map(linkKey));
  for (const link of from.links) {
    const k = linkKey(link);
    if (wanted.has(k)) continue;
    // Indexes shift as links go, so each removal looks its link up in the plan it edits.
    edits.push((input) => ({
      kind: "removeLink",
      link: input.links.findIndex((candidate) => linkKey(candidate) === k),
    }));
  }
  for (const [k, link] of wanted)
    if (!present.has(k)) edits.push(() => ({ kind: "addLink", link }));
  return edits;
}
