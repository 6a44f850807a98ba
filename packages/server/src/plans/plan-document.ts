// A stored plan as interop's format-neutral ProjectDocument, so that the engine input
// (interop's toScheduleInput), the file writers and the readers are the ones the CLI uses: the
// server maps rows to a document and back, and nothing about scheduling is written twice.

import {
  CalendarException as CalendarExceptionSchema,
  WeekDay as WeekDaySchema,
  WorkWeek as WorkWeekSchema,
} from "@orrery/contracts/calendars";
import { ConstraintType, DurationUnit } from "@orrery/contracts/plans";
import { outlineNumbers, summaryFlags } from "@orrery/core/plans/outline";
import { type LocalDateTime, parseLocalDateTime } from "@orrery/interop/document/local-date-time";
import {
  calendarDefinitionOf as plainCalendarDefinitionOf,
  toDayOfWeek,
} from "@orrery/interop/document/plain-calendar";
import type {
  AssignmentRecord,
  CalendarDefinition,
  ProjectDocument,
  ProjectSettings,
  ResourceRecord,
  TaskBaseline,
  TaskLink,
  TaskRecord,
} from "@orrery/interop/document/project-document";
import {
  toAssignmentUid,
  toCalendarUid,
  toResourceUid,
  toTaskUid,
} from "@orrery/interop/document/record-uids";
import { z } from "zod";
import type { BaselineRow, CalendarRow, LinkRow, PlanRow, TaskRow } from "./plan-store.js";
import { resourceTypeOf } from "./resource-shape.js";
import type { AssignmentRow, ResourceRow } from "./resource-store.js";

/** A plan as loaded from the store, tasks in outline order. */
export interface PlanState {
  readonly plan: PlanRow;
  readonly tasks: readonly TaskRow[];
  readonly links: readonly LinkRow[];
  readonly calendars: readonly CalendarRow[];
}

/** Settings a file carried that the engine does not use; kept for a faithful export. */
export const FileSettings = z.object({
  name: z.string().optional(),
  title: z.string().optional(),
  author: z.string().optional(),
  company: z.string().optional(),
  manager: z.string().optional(),
  subject: z.string().optional(),
  currencyCode: z.string().optional(),
  currencySymbol: z.string().optional(),
  currencyDigits: z.number().optional(),
});
export type FileSettings = z.infer<typeof FileSettings>;

function dateTime(text: string | null): LocalDateTime | undefined {
  return text === null ? undefined : parseLocalDateTime(text);
}

export function calendarDefinitionOf(row: CalendarRow): CalendarDefinition {
  return plainCalendarDefinitionOf({
    uid: row.uid,
    name: row.name,
    isBaseCalendar: row.isBase,
    baseCalendarUid: row.baseUid,
    weekDays: z.array(WeekDaySchema).parse(row.weekDays),
    exceptions: z.array(CalendarExceptionSchema).parse(row.exceptions),
    workWeeks: z.array(WorkWeekSchema).parse(row.workWeeks),
  });
}

export function settingsOf(row: PlanRow): ProjectSettings {
  const file = FileSettings.safeParse(row.fileSettings);
  const startDate = dateTime(row.start);
  if (startDate === undefined) throw new RangeError(`stored plan start ${row.start} is not a date`);
  return {
    ...(file.success ? file.data : {}),
    source: { format: "mspdi" },
    startDate,
    finishDate: dateTime(row.finish),
    scheduleFrom: row.scheduleFrom === "finish" ? "finish" : "start",
    statusDate: dateTime(row.statusDate),
    defaultCalendarUid: row.calendarUid === null ? undefined : toCalendarUid(row.calendarUid),
    minutesPerDay: row.minutesPerDay,
    minutesPerWeek: row.minutesPerWeek,
    daysPerMonth: row.daysPerMonth,
    criticalSlackLimitDays: row.criticalSlackLimitDays,
    honorConstraints: row.honorConstraints,
    multipleCriticalPaths: false,
    newTasksManual: false,
    defaultStartMinuteOfDay: 480,
    defaultFinishMinuteOfDay: 1020,
    weekStartDay: toDayOfWeek(row.weekStartDay),
  };
}

// Looked up for every task of every plan read: a set, not a schema's parse.
const DURATION_UNITS = new Set<string>(DurationUnit.options);
const CONSTRAINT_TYPES = new Set<string>(ConstraintType.options);
const isDurationUnit = (text: string): text is DurationUnit => DURATION_UNITS.has(text);
const isConstraintType = (text: string): text is ConstraintType => CONSTRAINT_TYPES.has(text);

/** A stored duration unit; anything unknown shows as days. */
export function durationUnitOf(unit: string): DurationUnit {
  return isDurationUnit(unit) ? unit : "days";
}

/** A stored constraint type (the contract's names, which are the document's too). */
export function constraintTypeOf(text: string): ConstraintType {
  return isConstraintType(text) ? text : "asSoonAsPossible";
}

function taskRecordOf(
  row: TaskRow,
  outlineNumber: string,
  summary: boolean,
  baselines: readonly TaskBaseline[],
): TaskRecord {
  const manualStart = dateTime(row.manualStart);
  const manualFinish = dateTime(row.manualFinish);
  return {
    uid: toTaskUid(row.uid),
    id: row.position,
    name: row.name,
    outlineLevel: row.outlineLevel,
    outlineNumber,
    wbs: row.wbs ?? outlineNumber,
    isNull: false,
    summary,
    milestone: row.milestone,
    manual: row.manual,
    active: row.active,
    durationMinutes: row.durationMinutes,
    durationFormat: {
      unit: durationUnitOf(row.durationUnit),
      elapsed: row.durationElapsed,
      estimated: row.durationEstimated,
    },
    estimated: row.durationEstimated,
    // Manual tasks keep what was typed; automatic ones carry the last computed dates.
    start: row.manual ? manualStart : dateTime(row.start),
    finish: row.manual ? manualFinish : dateTime(row.finish),
    manualStart,
    manualFinish,
    constraint: { type: constraintTypeOf(row.constraintType), date: dateTime(row.constraintDate) },
    deadline: dateTime(row.deadline),
    calendarUid: row.calendarUid === null ? undefined : toCalendarUid(row.calendarUid),
    priority: 500,
    percentComplete: row.percentComplete,
    actualStart: dateTime(row.actualStart),
    actualFinish: dateTime(row.actualFinish),
    actualDurationMinutes: row.actualDurationMinutes ?? undefined,
    remainingDurationMinutes: row.remainingDurationMinutes ?? undefined,
    baselines,
    notes: row.notes ?? undefined,
    extendedAttributes: [],
    stored: {
      earlyStart: dateTime(row.earlyStart),
      earlyFinish: dateTime(row.earlyFinish),
      lateStart: dateTime(row.lateStart),
      lateFinish: dateTime(row.lateFinish),
      totalSlackMinutes: row.totalFloatMinutes ?? undefined,
      freeSlackMinutes: row.freeFloatMinutes ?? undefined,
      critical: row.critical,
    },
  };
}

export function taskLinkOf(row: LinkRow): TaskLink {
  return {
    predecessorUid: toTaskUid(row.predecessorUid),
    successorUid: toTaskUid(row.successorUid),
    type: row.type === "SS" || row.type === "FF" || row.type === "SF" ? row.type : "FS",
    lag:
      row.lagPercent !== null
        ? { kind: "percent", percent: row.lagPercent, elapsed: row.lagElapsed }
        : {
            kind: "time",
            minutes: row.lagMinutes ?? 0,
            format: {
              unit: durationUnitOf(row.lagUnit),
              elapsed: row.lagElapsed,
              estimated: false,
            },
          },
  };
}

function baselinesByTask(rows: readonly BaselineRow[]): Map<number, TaskBaseline[]> {
  const byTask = new Map<number, TaskBaseline[]>();
  for (const row of rows) {
    const list = byTask.get(row.taskUid) ?? [];
    list.push({
      number: row.number,
      start: dateTime(row.start),
      finish: dateTime(row.finish),
      durationMinutes: row.durationMinutes ?? undefined,
      workMinutes: row.workMinutes ?? undefined,
      cost: row.cost ?? undefined,
    });
    byTask.set(row.taskUid, list);
  }
  return byTask;
}

/** A plan's resources and their assignments: the writers' business, never the engine's. */
export interface PlanTeam {
  readonly resources: readonly ResourceRow[];
  readonly assignments: readonly AssignmentRow[];
}

function resourceRecordOf(row: ResourceRow, index: number): ResourceRecord {
  return {
    uid: toResourceUid(row.uid),
    id: index + 1,
    name: row.name,
    isNull: false,
    type: resourceTypeOf(row.type),
    initials: row.initials ?? undefined,
    emailAddress: row.email ?? undefined,
    maxUnits: row.maxUnits ?? undefined,
    calendarUid: row.calendarUid === null ? undefined : toCalendarUid(row.calendarUid),
    baselines: [],
    extendedAttributes: [],
  };
}

/** Assignments get UIDs 1..n in plan order: only their task and resource identify them here. */
function assignmentRecordOf(row: AssignmentRow, index: number): AssignmentRecord {
  return {
    uid: toAssignmentUid(index + 1),
    taskUid: toTaskUid(row.taskUid),
    resourceUid: toResourceUid(row.resourceUid),
    units: row.units,
    workMinutes: row.workMinutes ?? 0,
    baselines: [],
    extendedAttributes: [],
  };
}

/**
 * The plan as a document: for the engine (which reads only inputs) and for the writers (which
 * also write the stored computed dates and the baselines).
 */
export function documentOfPlan(
  state: PlanState,
  baselines: readonly BaselineRow[] = [],
  team: PlanTeam = { resources: [], assignments: [] },
): ProjectDocument {
  const levels = state.tasks.map((task) => task.outlineLevel);
  const numbers = outlineNumbers(levels);
  const summaries = summaryFlags(levels);
  const byTask = baselinesByTask(baselines);
  return {
    settings: settingsOf(state.plan),
    calendars: state.calendars.map(calendarDefinitionOf),
    tasks: state.tasks.map((row, i) =>
      taskRecordOf(row, numbers[i] ?? "", summaries[i] === true, byTask.get(row.uid) ?? []),
    ),
    links: state.links.map(taskLinkOf),
    resources: team.resources.map(resourceRecordOf),
    assignments: team.assignments.map(assignmentRecordOf),
    extendedAttributes: [],
  };
}
