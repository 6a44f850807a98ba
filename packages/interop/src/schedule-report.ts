// The schedule as JSON, the contract shared by `orrery schedule FILE --json` and the conformance
// runner: project start and finish, then every non-null task except the project summary (UID 0)
// in file order, with local date-times as MS Project writes them and floats in minutes.

import { type ScheduleResult, schedulePlan } from "@orrery/scheduler/cpm/schedule";
import { compilePlan } from "@orrery/scheduler/network/schedule-plan";
import type { ProjectDocument, TaskRecord } from "./document/project-document.js";
import { MomentTexts } from "./moment-text.js";
import { type MappedSchedule, type MappingOptions, toScheduleInput } from "./schedule-input.js";

/** One task of the report. */
export interface TaskScheduleReport {
  readonly uid: number;
  readonly id: number;
  readonly name: string;
  readonly start: string;
  readonly finish: string;
  readonly earlyStart: string;
  readonly earlyFinish: string;
  readonly lateStart: string;
  readonly lateFinish: string;
  readonly totalFloatMinutes: number;
  readonly freeFloatMinutes: number;
  readonly critical: boolean;
}

/** The whole report. */
export interface ScheduleReport {
  readonly project: { readonly start: string; readonly finish: string };
  readonly tasks: readonly TaskScheduleReport[];
}

/** A document the engine has scheduled: what the report is built from. */
export interface ComputedSchedule {
  readonly ok: true;
  readonly document: ProjectDocument;
  readonly mapped: MappedSchedule;
  readonly result: ScheduleResult;
}

/** Floats are whole minutes in MS Project; round away float noise from fractional inputs. */
function minutes(value: number | undefined): number {
  if (value === undefined || Number.isNaN(value)) return 0;
  return Math.round(value * 10) / 10;
}

/**
 * Calls `visit` for every reported task in file order: every engine task except the project
 * summary (UID 0), with its engine index.
 */
function forEachReportedTask(
  { document, mapped }: Pick<ComputedSchedule, "document" | "mapped">,
  visit: (task: TaskRecord, engineIndex: number) => void,
): void {
  mapped.documentIndex.forEach((documentIndex, engineIndex) => {
    const task = document.tasks[documentIndex];
    if (task !== undefined && task.uid !== 0) visit(task, engineIndex);
  });
}

function taskReport(
  task: TaskRecord,
  i: number,
  result: ScheduleResult,
  dates: MomentTexts,
): TaskScheduleReport {
  return {
    uid: task.uid,
    id: task.id,
    name: task.name,
    start: dates.of(result.start[i]),
    finish: dates.of(result.finish[i]),
    earlyStart: dates.of(result.earlyStart[i]),
    earlyFinish: dates.of(result.earlyFinish[i]),
    lateStart: dates.of(result.lateStart[i]),
    lateFinish: dates.of(result.lateFinish[i]),
    totalFloatMinutes: minutes(result.totalFloat[i]),
    freeFloatMinutes: minutes(result.freeFloat[i]),
    critical: result.critical[i] === 1,
  };
}

function projectReport(result: ScheduleResult, dates: MomentTexts): ScheduleReport["project"] {
  return { start: dates.of(result.projectStart), finish: dates.of(result.projectFinish) };
}

/** Builds the report for a scheduled document. */
export function buildScheduleReport(
  document: ProjectDocument,
  mapped: MappedSchedule,
  result: ScheduleResult,
): ScheduleReport {
  const dates = new MomentTexts();
  const tasks: TaskScheduleReport[] = [];
  forEachReportedTask({ document, mapped }, (task, i) => {
    tasks.push(taskReport(task, i, result, dates));
  });
  return { project: projectReport(result, dates), tasks };
}

/** How many report rows are turned into JSON text at a time. */
const ROWS_PER_CHUNK = 1000;

/**
 * The report as JSON text, character for character `JSON.stringify(buildScheduleReport(…))`,
 * handed to `write` in pieces of a thousand rows: the rows of a 100,000-task plan are never all
 * alive at once, so they die young instead of being copied into the old generation, the whole
 * text is never held (a 35 MB string and its bytes for the terminal), and V8's JSON writer still
 * does the text (it measured faster than building the text by hand).
 */
export function writeScheduleReportJson(
  computed: ComputedSchedule,
  write: (text: string) => void,
): void {
  const { result } = computed;
  const dates = new MomentTexts();
  write(`{"project":${JSON.stringify(projectReport(result, dates))},"tasks":[`);
  let rows: TaskScheduleReport[] = [];
  let separator = "";
  forEachReportedTask(computed, (task, i) => {
    if (rows.length === ROWS_PER_CHUNK) {
      write(separator + JSON.stringify(rows).slice(1, -1));
      separator = ",";
      rows = [];
    }
    rows.push(taskReport(task, i, result, dates));
  });
  if (rows.length > 0) write(separator + JSON.stringify(rows).slice(1, -1));
  write("]}");
}

/** The report as one JSON text (see writeScheduleReportJson). */
export function scheduleReportJson(computed: ComputedSchedule): string {
  const pieces: string[] = [];
  writeScheduleReportJson(computed, (text) => pieces.push(text));
  return pieces.join("");
}

/** Why a document could not be scheduled: a cycle, bad input or a calendar without working time. */
export interface ScheduleReportFailure {
  readonly ok: false;
  readonly reason: string;
  readonly message: string;
  /** UIDs of the tasks involved (the loop, for a cycle). */
  readonly tasks: readonly number[];
}

/** Schedules a document with the engine: the computed arrays, or why it cannot be scheduled. */
export function computeSchedule(
  document: ProjectDocument,
  options: MappingOptions = {},
): ComputedSchedule | ScheduleReportFailure {
  const mapped = toScheduleInput(document, options);
  const compiled = compilePlan(mapped.input);
  if (!compiled.ok) {
    const tasks = compiled.reason === "cycle" ? compiled.cycle : compiled.tasks;
    return { ok: false, reason: compiled.reason, message: compiled.message, tasks };
  }
  const result = schedulePlan(compiled.plan);
  if (!result.ok)
    return { ok: false, reason: result.reason, message: result.message, tasks: result.tasks };
  return { ok: true, document, mapped, result };
}

/** Schedules a document with the engine and reports it, as objects. */
export function scheduleDocument(
  document: ProjectDocument,
  options: MappingOptions = {},
): { readonly ok: true; readonly report: ScheduleReport } | ScheduleReportFailure {
  const computed = computeSchedule(document, options);
  if (!computed.ok) return computed;
  return { ok: true, report: buildScheduleReport(document, computed.mapped, computed.result) };
}
