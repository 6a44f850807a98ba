// Compiles a ScheduleInput into a SchedulePlan: validated, with inactive tasks left out, the
// links and the outline in compressed arrays, the calendars indexed and a processing order fixed.
// A plan is immutable; scheduling it (cpm/schedule.ts) is a pure function of the plan, and an
// edit produces a new plan that shares everything the edit did not touch. Compiling is linear in
// tasks and links: it runs on every server reschedule and every `orrery schedule`.

import { WorkingTime } from "../calendar/working-time.js";
import { dayOf } from "../time/local-minute.js";
import { GIVEN_INACTIVE, type InputColumns, isInputProblem, readColumns } from "./input-columns.js";
import type { ScheduleInput } from "./schedule-input.js";
import { buildTaskTable, type TaskTable } from "./task-table.js";
import { orderNodes } from "./topological-order.js";
import { withUncompletedWorkRescheduled } from "./uncompleted-work.js";

/** The structure of a compiled plan: everything but the resolved task table. */
export interface PlanStructure {
  readonly input: ScheduleInput;
  readonly taskCount: number;
  /** 1 when the task takes part in scheduling (it and its summaries are active). */
  readonly active: Uint8Array;
  /** 1 when the task has active children. */
  readonly summary: Uint8Array;
  readonly parent: Int32Array;
  /** Children of task t: `children[childOffsets[t]]` … `children[childOffsets[t + 1] - 1]`. */
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  /**
   * Active links (both ends active), by plan link index. Plan links are ordered by successor
   * (and then as in the input), so the links into task t are the plan links
   * `inOffsets[t]` … `inOffsets[t + 1] - 1`: the forward pass reads them in order.
   */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkType: Uint8Array;
  /** Index of each plan link in `input.links`. */
  readonly linkSource: Int32Array;
  readonly inOffsets: Int32Array;
  /**
   * Links out of task t: plan links `outLinks[outOffsets[t]]` …, in input order, with their
   * successors beside them in `outTo` so the backward pass reads them in order too.
   */
  readonly outOffsets: Int32Array;
  readonly outLinks: Int32Array;
  readonly outTo: Int32Array;
  /**
   * Node order: node t (< taskCount) is task t, node taskCount + s is the start node of summary
   * s. Every node comes after the nodes it depends on.
   */
  readonly order: Int32Array;
  /** Where each node stands in `order` (summaries' start nodes only when the plan has some). */
  readonly orderPosition: Int32Array;
  /** Compiled calendars by calendar index (only those in use). */
  readonly calendars: readonly (WorkingTime | undefined)[];
  /** Calendar index of each task: its own, or the project calendar (also for inactive tasks). */
  readonly taskCalendar: Int32Array;
  /**
   * Calendar index each task's float is measured on, -1 when it is the task's calendar; empty
   * when no task has another. A task scheduled on an intersection of calendars (its own and its
   * resources') has its float counted on the first of them, its own: MS Project does so
   * (`Aspose…OzBuild_16_Orig`: a task on a six-day calendar with resources on five days has
   * its dates on five days and its float on six).
   */
  readonly floatCalendar: Int32Array;
}

/** A compiled, validated project ready to schedule. */
export interface SchedulePlan extends PlanStructure {
  readonly table: TaskTable;
}

/** Why a project cannot be scheduled. */
export type PlanProblem =
  | {
      readonly ok: false;
      readonly reason: "cycle";
      readonly message: string;
      readonly cycle: readonly number[];
    }
  | {
      readonly ok: false;
      readonly reason: "invalid-input";
      readonly message: string;
      readonly tasks: readonly number[];
    };

/**
 * Compiles and validates; a cycle or bad reference is returned, never thrown. `reuse` passes
 * the compiled calendars of an earlier plan over the same calendars (their indexes are costly).
 */
export function compilePlan(
  given: ScheduleInput,
  reuse?: readonly (WorkingTime | undefined)[],
): { ok: true; plan: SchedulePlan } | PlanProblem {
  const input = withUncompletedWorkRescheduled(given);
  const taskCount = input.tasks.length;
  const columns = readColumns(input);
  if (isInputProblem(columns)) return { ok: false, reason: "invalid-input", ...columns };
  const parent = columns.parent;
  const looped = outlineLoop(parent);
  if (looped !== undefined) {
    const key = input.tasks[looped]?.key ?? looped;
    return {
      ok: false,
      reason: "invalid-input",
      message: `task ${key} is inside itself`,
      tasks: [key],
    };
  }
  const active = activeTasks(columns.given, parent);
  const outline = buildOutline(parent, active);
  const links = keptLinks(columns, active);
  const ordered = orderNodes({
    taskCount,
    active,
    summary: outline.summary,
    parent,
    childOffsets: outline.childOffsets,
    children: outline.children,
    inOffsets: links.inOffsets,
    linkFrom: links.linkFrom,
  });
  if (!ordered.ok) {
    const keys = [
      ...new Set(ordered.cycle.map((node) => input.tasks[node % taskCount]?.key ?? node)),
    ];
    return {
      ok: false,
      reason: "cycle",
      message: `the links form a loop through tasks ${keys.join(" → ")}`,
      cycle: keys,
    };
  }

  const taskCalendar = new Int32Array(taskCount).fill(input.projectCalendar);
  const calendars: (WorkingTime | undefined)[] =
    reuse === undefined ? new Array(input.calendars.length).fill(undefined) : reuse.slice();
  const around = dayOf(input.projectStart);
  const useCalendar = (index: number) => {
    if (calendars[index] === undefined)
      calendars[index] = new WorkingTime(input.calendars, index, around);
  };
  useCalendar(input.projectCalendar);
  for (let t = 0; t < taskCount; t++) {
    const index = columns.calendar[t] ?? -1;
    if (index < 0 || active[t] !== 1) continue;
    taskCalendar[t] = index;
    useCalendar(index);
  }
  const floatCalendar = floatCalendarsOf(input, taskCalendar, active, useCalendar);

  const structure: PlanStructure = {
    input,
    taskCount,
    active,
    summary: outline.summary,
    parent,
    childOffsets: outline.childOffsets,
    children: outline.children,
    linkFrom: links.linkFrom,
    linkTo: links.linkTo,
    linkType: links.linkType,
    linkSource: links.linkSource,
    inOffsets: links.inOffsets,
    outOffsets: links.outOffsets,
    outLinks: links.outLinks,
    outTo: links.outTo,
    order: ordered.order,
    orderPosition: ordered.position,
    calendars,
    taskCalendar,
    floatCalendar,
  };
  return { ok: true, plan: planOf(structure, input, buildTaskTable(structure, columns)) };
}

/** A plan from its parts, built field by field so every plan has the same fast shape. */
export function planOf(
  structure: PlanStructure,
  input: ScheduleInput,
  table: TaskTable,
): SchedulePlan {
  return {
    input,
    taskCount: structure.taskCount,
    active: structure.active,
    summary: structure.summary,
    parent: structure.parent,
    childOffsets: structure.childOffsets,
    children: structure.children,
    linkFrom: structure.linkFrom,
    linkTo: structure.linkTo,
    linkType: structure.linkType,
    linkSource: structure.linkSource,
    inOffsets: structure.inOffsets,
    outOffsets: structure.outOffsets,
    outLinks: structure.outLinks,
    outTo: structure.outTo,
    order: structure.order,
    orderPosition: structure.orderPosition,
    calendars: structure.calendars,
    taskCalendar: structure.taskCalendar,
    floatCalendar: structure.floatCalendar,
    table,
  };
}

/** See PlanStructure.floatCalendar. */
function floatCalendarsOf(
  input: ScheduleInput,
  taskCalendar: Int32Array,
  active: Uint8Array,
  useCalendar: (index: number) => void,
): Int32Array {
  let floatCalendar = new Int32Array(0);
  for (let t = 0; t < taskCalendar.length; t++) {
    const own = input.calendars[taskCalendar[t] ?? -1]?.intersectionOf?.[0];
    if (own === undefined || active[t] !== 1 || input.calendars[own] === undefined) continue;
    if (floatCalendar.length === 0) floatCalendar = new Int32Array(taskCalendar.length).fill(-1);
    floatCalendar[t] = own;
    useCalendar(own);
  }
  return floatCalendar;
}

/** The calendar task `t` of a plan is scheduled on. */
export function taskCalendarOf(plan: PlanStructure, t: number): WorkingTime {
  const calendar =
    plan.calendars[plan.taskCalendar[t] ?? plan.input.projectCalendar] ??
    plan.calendars[plan.input.projectCalendar];
  if (calendar === undefined) throw new RangeError("the project calendar was not compiled");
  return calendar;
}

/**
 * The first task (by index) whose parent chain loops (A inside B inside A), which would make
 * the outline infinite; undefined when there is none. Linear: each task's chain is walked once.
 */
function outlineLoop(parent: Int32Array): number | undefined {
  const taskCount = parent.length;
  // 0 not seen, 1 on the chain being walked from `t`, 2 known to reach the top.
  const state = new Uint8Array(taskCount);
  const walked = new Int32Array(taskCount);
  for (let t = 0; t < taskCount; t++) {
    let length = 0;
    let p = t;
    while (p >= 0 && state[p] === 0) {
      state[p] = 1;
      walked[length++] = p;
      p = parent[p] ?? -1;
    }
    if (p >= 0 && state[p] === 1) return t;
    for (let i = 0; i < length; i++) state[walked[i] ?? 0] = 2;
  }
  return undefined;
}

/** 1 for tasks that take part: active themselves and every summary above them. */
function activeTasks(given: Uint8Array, parent: Int32Array): Uint8Array {
  const taskCount = parent.length;
  // 0 not known yet, 1 active, 2 inactive; filled top-down along each task's parent chain.
  const known = new Uint8Array(taskCount);
  const chain = new Int32Array(taskCount);
  for (let t = 0; t < taskCount; t++) {
    let length = 0;
    let p = t;
    while (p >= 0 && known[p] === 0) {
      chain[length++] = p;
      p = parent[p] ?? -1;
    }
    let state = p >= 0 ? (known[p] ?? 1) : 1;
    for (let i = length - 1; i >= 0; i--) {
      const task = chain[i] ?? 0;
      if (((given[task] ?? 0) & GIVEN_INACTIVE) !== 0) state = 2;
      known[task] = state;
    }
  }
  const active = new Uint8Array(taskCount);
  for (let t = 0; t < taskCount; t++) active[t] = known[t] === 1 ? 1 : 0;
  return active;
}

interface Outline {
  readonly summary: Uint8Array;
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
}

/** The active children of every task in compressed form, and which tasks are summaries. */
function buildOutline(parent: Int32Array, active: Uint8Array): Outline {
  const taskCount = parent.length;
  const childOffsets = new Int32Array(taskCount + 1);
  for (let t = 0; t < taskCount; t++) {
    const p = parent[t] ?? -1;
    if (p >= 0 && active[t] === 1) childOffsets[p + 1] = (childOffsets[p + 1] ?? 0) + 1;
  }
  for (let t = 0; t < taskCount; t++)
    childOffsets[t + 1] = (childOffsets[t + 1] ?? 0) + (childOffsets[t] ?? 0);
  const children = new Int32Array(childOffsets[taskCount] ?? 0);
  const cursor = childOffsets.slice(0, taskCount);
  const summary = new Uint8Array(taskCount);
  for (let t = 0; t < taskCount; t++) {
    const p = parent[t] ?? -1;
    if (p < 0 || active[t] !== 1) continue;
    children[cursor[p] ?? 0] = t;
    cursor[p] = (cursor[p] ?? 0) + 1;
    summary[p] = 1;
  }
  return { summary, childOffsets, children };
}

interface PlanLinks {
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkType: Uint8Array;
  readonly linkSource: Int32Array;
  readonly inOffsets: Int32Array;
  readonly outOffsets: Int32Array;
  readonly outLinks: Int32Array;
  readonly outTo: Int32Array;
}

/**
 * The links that take part (both ends active, not a task to itself), numbered by successor,
 * and indexed by predecessor.
 */
function keptLinks(columns: InputColumns, active: Uint8Array): PlanLinks {
  const taskCount = active.length;
  const { linkFrom: from, linkTo: to } = columns;
  const inOffsets = new Int32Array(taskCount + 1);
  const outOffsets = new Int32Array(taskCount + 1);
  const kept = (i: number) => {
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    return a !== b && active[a] === 1 && active[b] === 1;
  };
  let count = 0;
  for (let i = 0; i < from.length; i++) {
    if (!kept(i)) continue;
    const b = (to[i] ?? 0) + 1;
    const a = (from[i] ?? 0) + 1;
    inOffsets[b] = (inOffsets[b] ?? 0) + 1;
    outOffsets[a] = (outOffsets[a] ?? 0) + 1;
    count++;
  }
  for (let t = 0; t < taskCount; t++) {
    inOffsets[t + 1] = (inOffsets[t + 1] ?? 0) + (inOffsets[t] ?? 0);
    outOffsets[t + 1] = (outOffsets[t + 1] ?? 0) + (outOffsets[t] ?? 0);
  }
  const linkFrom = new Int32Array(count);
  const linkTo = new Int32Array(count);
  const linkType = new Uint8Array(count);
  const linkSource = new Int32Array(count);
  const outLinks = new Int32Array(count);
  const outTo = new Int32Array(count);
  const inCursor = inOffsets.slice(0, taskCount);
  const outCursor = outOffsets.slice(0, taskCount);
  for (let i = 0; i < from.length; i++) {
    if (!kept(i)) continue;
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    const l = inCursor[b] ?? 0;
    inCursor[b] = l + 1;
    linkFrom[l] = a;
    linkTo[l] = b;
    linkType[l] = columns.linkType[i] ?? 0;
    linkSource[l] = i;
    const e = outCursor[a] ?? 0;
    outCursor[a] = e + 1;
    outLinks[e] = l;
    outTo[e] = b;
  }
  return { linkFrom, linkTo, linkType, linkSource, inOffsets, outOffsets, outLinks, outTo };
}
