// Rescheduling after an edit, incrementally where the engine allows. This node keeps recently
// edited plans — their rows as stored, the compiled plan and its last result — keyed by the
// plan's version in the store. When the version still matches (no other node or request wrote
// since), an edit starts from the kept rows instead of reading them all again, and when it is
// one the engine applies incrementally (durations, constraints, deadlines, progress, links
// added or removed) only what it reaches is recomputed. Anything else (new tasks, a moved row,
// a calendar) compiles and schedules the plan afresh. The engine's property tests hold the
// incremental result equal to a full schedule; plan-engine.test.ts holds this module to it.

import { type MappedSchedule, toScheduleInput } from "@orrery/interop/schedule-input";
import { applyEditInPlace } from "@orrery/scheduler/cpm/incremental";
import { type ScheduleResult, schedulePlan } from "@orrery/scheduler/cpm/schedule";
import type { ScheduleEdit } from "@orrery/scheduler/network/plan-edit";
import type { LinkInput, ScheduleInput, TaskInput } from "@orrery/scheduler/network/schedule-input";
import { compilePlan, type SchedulePlan } from "@orrery/scheduler/network/schedule-plan";
import { documentOfPlan, type PlanState } from "./plan-document.js";
import type { EditedPlan } from "./plan-edits.js";
import {
  rowsWithResult,
  type ScheduledRows,
  scheduleProblem,
  type TaskLabels,
  taskLabels,
} from "./plan-schedule.js";
import type { PlanKey } from "./plan-store.js";

/** A plan as stored at `version`, with its compiled engine plan and result. */
export interface KeptPlan {
  readonly version: number;
  readonly state: PlanState;
  readonly plan: SchedulePlan;
  readonly result: ScheduleResult;
}

/** Tasks kept per node over all plans (100,000 tasks take some 100 MB with their rows). */
const KEPT_TASKS = 250_000;
const cache = new Map<string, KeptPlan>();

function cacheKey(key: PlanKey): string {
  return `${key.orgId}/${key.projectId}`;
}

/**
 * Takes the plan's entry out when it is at `version` (an edit consumes it; it comes back only
 * after the edit has committed, so a rolled-back edit leaves nothing behind).
 */
export function takeKeptPlan(key: PlanKey, version: number): KeptPlan | undefined {
  const id = cacheKey(key);
  const entry = cache.get(id);
  cache.delete(id);
  return entry?.version === version ? entry : undefined;
}

function keep(key: PlanKey, entry: KeptPlan): void {
  cache.set(cacheKey(key), entry);
  let tasks = 0;
  for (const kept of cache.values()) tasks += kept.state.tasks.length;
  for (const [id, kept] of cache) {
    if (tasks <= KEPT_TASKS || id === cacheKey(key)) continue;
    cache.delete(id);
    tasks -= kept.state.tasks.length;
  }
}

/** The rescheduled rows and a way to keep the engine state once the edit has committed. */
export interface ScheduledEdit extends ScheduledRows {
  /** How the rows were computed, for tests and the bench. */
  readonly mode: "incremental" | "full";
  /** Keeps the plan as stored at `version` (with these rows) for the next edit. */
  readonly commit: (version: number, state: PlanState) => void;
}

/** Compiles and schedules the plan in full. */
export function scheduleInFull(
  mapped: MappedSchedule,
  labels?: TaskLabels,
): {
  readonly plan: SchedulePlan;
  readonly result: ScheduleResult;
} {
  const compiled = compilePlan(mapped.input);
  if (!compiled.ok) {
    const tasks = compiled.reason === "cycle" ? compiled.cycle : compiled.tasks;
    throw scheduleProblem(
      { ok: false, reason: compiled.reason, message: compiled.message, tasks },
      labels,
    );
  }
  const result = schedulePlan(compiled.plan);
  if (!result.ok) throw scheduleProblem(result, labels);
  return { plan: compiled.plan, result };
}

/** Reschedules the edited plan; incrementally from `kept` (the plan before) when it allows. */
export function scheduleEdit(
  key: PlanKey,
  edited: EditedPlan,
  kept: KeptPlan | undefined,
): ScheduledEdit {
  const mapped = toScheduleInput(documentOfPlan(edited.state));
  const incremental = kept === undefined ? undefined : applyIncrementally(kept, mapped.input);
  const engine = incremental ?? scheduleInFull(mapped, taskLabels(edited.state.tasks));
  const rows = rowsWithResult(edited.state.tasks, mapped.documentIndex, engine);
  return {
    ...rows,
    mode: incremental ? "incremental" : "full",
    commit: (version, state) =>
      keep(key, { version, state, plan: engine.plan, result: engine.result }),
  };
}

/**
 * The cached plan brought to `next` by the engine's incremental edits, or undefined when `next`
 * differs in a way those edits cannot express (or an edit is refused: a loop is then reported
 * by the full compile).
 */
function applyIncrementally(
  cached: KeptPlan,
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

function sameLink(a: LinkInput, b: LinkInput): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.type === b.type &&
    a.lag === b.lag &&
    a.lagPercent === b.lagPercent &&
    (a.lagElapsed === true) === (b.lagElapsed === true)
  );
}

/** Links usually keep their order (edits append and remove): compared in place first. */
function sameLinks(a: readonly LinkInput[], b: readonly LinkInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || !sameLink(x, y)) return false;
  }
  return true;
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
  if (!sameLinks(from.links, to.links)) {
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
  }
  return edits;
}
