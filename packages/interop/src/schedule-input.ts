// Maps a ProjectDocument to the engine's ScheduleInput. Only what the file says is an input is
// used: durations, links, constraints, calendars (with the resources' calendars, see
// task-calendars.ts), leveling delays, actuals and manual tasks' typed dates. The computed dates
// the file stored are ignored, except where they are the only record of an input MS Project
// keeps elsewhere: an assignment's leveling delay, as the offset of its start from its task's
// (assignment-span.ts).

import type {
  ConstraintType,
  LagCalendar,
  LateDateStyle,
  LinkInput,
  ScheduleInput,
  TaskInput,
} from "@orrery/scheduler/network/schedule-input";
import {
  type LocalMinute,
  parseLocalMinute,
  toWorkingMinutes,
  type WorkingMinutes,
} from "@orrery/scheduler/time/local-minute";
import { AssignmentSpans } from "./assignment-span.js";
import { toCalendarSpec } from "./calendar-specs.js";
import type {
  ConstraintType as DocumentConstraintType,
  ProjectDocument,
  TaskRecord,
} from "./document/project-document.js";
import { UidIndex } from "./document/uid-index.js";
import { TaskCalendars } from "./task-calendars.js";

/** Engine input plus the way back from engine task indexes to document rows. */
export interface MappedSchedule {
  readonly input: ScheduleInput;
  /** `documentIndex[i]` is the index in `document.tasks` of engine task i. */
  readonly documentIndex: readonly number[];
}

/** Choices where MS Project versions differ; see docs/scheduling.md. */
export interface MappingOptions {
  readonly lateDateStyle?: LateDateStyle;
  readonly lagCalendar?: LagCalendar;
  /**
   * Reschedule uncompleted work to start after the file's status date (MS Project's Update
   * Project): tasks in progress resume after it, unstarted ones start after it.
   */
  readonly scheduleRemainingFromStatusDate?: boolean;
}

const CONSTRAINTS: Record<DocumentConstraintType, ConstraintType> = {
  asSoonAsPossible: "ASAP",
  asLateAsPossible: "ALAP",
  mustStartOn: "MSO",
  mustFinishOn: "MFO",
  startNoEarlierThan: "SNET",
  startNoLaterThan: "SNLT",
  finishNoEarlierThan: "FNET",
  finishNoLaterThan: "FNLT",
};

/** The constraint of most tasks, shared rather than made once per task. */
const AS_SOON_AS_POSSIBLE: TaskInput["constraint"] = Object.freeze({ type: "ASAP" });

/** A document date as an engine moment; undefined stays undefined. */
export function toMoment(text: string | undefined): LocalMinute | undefined {
  return text === undefined ? undefined : parseLocalMinute(text);
}

function requiredMoment(text: string): LocalMinute {
  const moment = parseLocalMinute(text);
  if (moment === undefined) throw new RangeError(`not a date: ${text}`);
  return moment;
}

/** Builds the engine input for a document. */
export function toScheduleInput(
  document: ProjectDocument,
  options: MappingOptions = {},
): MappedSchedule {
  const { settings } = document;
  const calendars = document.calendars.map((calendar) =>
    toCalendarSpec(calendar, document.calendars, settings.weekStartDay),
  );
  const calendarIndex = new Map(document.calendars.map((calendar, index) => [calendar.uid, index]));
  let projectCalendar =
    settings.defaultCalendarUid === undefined
      ? undefined
      : calendarIndex.get(settings.defaultCalendarUid);
  if (projectCalendar === undefined) {
    const firstBase = document.calendars.findIndex((calendar) => calendar.isBaseCalendar);
    projectCalendar = firstBase >= 0 ? firstBase : calendars.length;
    if (firstBase < 0)
      calendars.push({ name: "Standard", week: [], exceptions: [], workWeeks: [] });
  }

  // Engine tasks: every real row except the project summary (outline level 0) and blank rows.
  const documentIndex: number[] = [];
  const engineIndexOfUid = UidIndex.sizedFor(document.tasks.map((task) => task.uid));
  document.tasks.forEach((task, index) => {
    if (task.isNull || task.outlineLevel === 0) return;
    engineIndexOfUid.add(task.uid, documentIndex.length);
    documentIndex.push(index);
  });
  const parents = outlineParents(
    documentIndex.map((index) => document.tasks[index]?.outlineLevel ?? 1),
  );
  const taskCalendars = new TaskCalendars(document, calendars, calendarIndex);
  const spans = new AssignmentSpans(document, calendars);
  const tasks: TaskInput[] = documentIndex.map((index, engineIndex) => {
    const task = document.tasks[index];
    if (task === undefined) throw new RangeError(`task row ${index} vanished`);
    const parent = parents[engineIndex];
    const taskCalendar = taskCalendars.calendarOf(task);
    const duration = spans.durationOf(task, taskCalendar ?? projectCalendar);
    return toTaskInput(task, parent, taskCalendar, duration);
  });
  const links: LinkInput[] = [];
  for (const link of document.links) {
    const from = engineIndexOfUid.get(link.predecessorUid);
    const to = engineIndexOfUid.get(link.successorUid);
    if (from === undefined || to === undefined || link.crossProject === true) continue;
    links.push(
      link.lag.kind === "percent"
        ? { from, to, type: link.type, lagPercent: link.lag.percent, lagElapsed: link.lag.elapsed }
        : {
            from,
            to,
            type: link.type,
            lag: toWorkingMinutes(link.lag.minutes),
            lagElapsed: link.lag.format.elapsed,
          },
    );
  }
  const input: ScheduleInput = {
    calendars,
    projectCalendar,
    projectStart: requiredMoment(settings.startDate),
    projectFinish: toMoment(settings.finishDate),
    scheduleFrom: settings.scheduleFrom,
    statusDate: toMoment(settings.statusDate),
    scheduleRemainingFromStatusDate: options.scheduleRemainingFromStatusDate,
    honorConstraints: settings.honorConstraints,
    criticalFloatLimit: toWorkingMinutes(settings.criticalSlackLimitDays * settings.minutesPerDay),
    lateDateStyle: options.lateDateStyle ?? lateDateStyleOf(document),
    lagCalendar: options.lagCalendar,
    tasks,
    links,
  };
  return { input, documentIndex };
}

/**
 * MS Project 2007 and earlier, when saving XML, write a milestone's late dates at the end of the
 * previous working period; later versions, and the values kept in .mpp files, keep the start of
 * the next one. A file saved by MS Project itself says so with a LastSaved date; SaveVersion 12
 * is Project 2007 (absent: 2003 or earlier).
 */
function lateDateStyleOf(document: ProjectDocument): LateDateStyle {
  const { source, lastSaved } = document.settings;
  const legacyWriter =
    source.format === "mspdi" && (source.saveVersion ?? 0) <= 12 && lastSaved !== undefined;
  return legacyWriter ? "byTaskModeLegacy" : "byTaskMode";
}

/** Parent of each row from outline levels: the nearest earlier row one level up. */
function outlineParents(levels: readonly number[]): (number | undefined)[] {
  const stack: number[] = [];
  return levels.map((level, index) => {
    while (stack.length >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    stack.push(index);
    while (stack.length < level) stack.push(index);
    return parent;
  });
}

function toTaskInput(
  task: TaskRecord,
  parent: number | undefined,
  calendar: number | undefined,
  duration: WorkingMinutes,
): TaskInput {
  const constraintType = CONSTRAINTS[task.constraint.type];
  const constraintDate = toMoment(task.constraint.date);
  return {
    key: task.uid,
    parent,
    calendar,
    duration,
    elapsed: task.durationFormat?.elapsed === true,
    milestone: task.milestone,
    manual: task.manual,
    manualStart: task.manual ? toMoment(task.start) : undefined,
    manualFinish: task.manual ? toMoment(task.finish) : undefined,
    active: task.active,
    constraint:
      constraintDate === undefined && constraintType !== "ALAP"
        ? AS_SOON_AS_POSSIBLE
        : { type: constraintType, date: constraintDate },
    deadline: toMoment(task.deadline),
    levelingDelay: task.levelingDelayMinutes,
    levelingDelayElapsed: task.levelingDelayFormat?.elapsed ?? true,
    actualStart: toMoment(task.actualStart),
    actualFinish: toMoment(task.actualFinish),
    percentComplete: task.percentComplete,
    actualDuration: actualDurationOf(task),
    remainingDuration:
      task.remainingDurationMinutes === undefined
        ? undefined
        : toWorkingMinutes(task.remainingDurationMinutes),
  };
}

/**
 * The work done on a task: its actual duration, or where a file gives only a percentage
 * (CSV, a hand-made XML), MS Project's relation Actual Duration = Duration × % Complete.
 */
function actualDurationOf(task: TaskRecord): WorkingMinutes | undefined {
  if (task.actualDurationMinutes !== undefined) return toWorkingMinutes(task.actualDurationMinutes);
  if (task.actualStart === undefined || task.percentComplete === undefined) return undefined;
  return toWorkingMinutes((task.durationMinutes * task.percentComplete) / 100);
}
