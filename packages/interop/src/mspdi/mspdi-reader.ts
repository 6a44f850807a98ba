// Reads an MS Project XML (MSPDI) file into a ProjectDocument. One pass over the text: project
// settings are picked up as they pass, and each Calendar, Task, Resource, Assignment and
// custom-field definition is converted as soon as its element closes.

import { type LocalDateTime, parseLocalDateTime } from "../document/local-date-time.js";
import type {
  AssignmentRecord,
  CalendarDefinition,
  CurrencySymbolPosition,
  DayOfWeek,
  DurationFormat,
  ExtendedAttributeDefinition,
  NewTaskStart,
  ProjectSettings,
  ResourceRecord,
  TaskLink,
  TaskRecord,
  TaskType,
} from "../document/project-document.js";
import { ProjectFileError, type ProjectReadResult } from "../document/project-file-error.js";
import { toCalendarUid } from "../document/record-uids.js";
import { dropMissingBaseZero, readMspdiCalendar } from "./mspdi-calendar-reader.js";
import { parseMspdiTimeOfDay } from "./mspdi-dates.js";
import { parseMspdiWorkFormat } from "./mspdi-duration.js";
import {
  codeTable,
  type MspdiField,
  MspdiFields,
  type MspdiSource,
  mspdiFields,
} from "./mspdi-fields.js";
import {
  readMspdiAssignment,
  readMspdiExtendedAttributeDefinition,
  readMspdiResource,
} from "./mspdi-resource-reader.js";
import { readMspdiTask } from "./mspdi-task-reader.js";
import { lineAt, scanXml, XmlSyntaxError } from "./xml-record-scanner.js";

/** Project-level elements that are settings (everything else under <Project> is skipped). */
const FIELD = mspdiFields([
  "SaveVersion",
  "BuildNumber",
  "Name",
  "Title",
  "Author",
  "Company",
  "Manager",
  "Subject",
  "GUID",
  "CreationDate",
  "LastSaved",
  "ScheduleFromStart",
  "StartDate",
  "FinishDate",
  "CriticalSlackLimit",
  "CurrencyDigits",
  "CurrencySymbol",
  "CurrencyCode",
  "CurrencySymbolPosition",
  "CalendarUID",
  "DefaultStartTime",
  "DefaultFinishTime",
  "MinutesPerDay",
  "MinutesPerWeek",
  "DaysPerMonth",
  "DefaultTaskType",
  "DefaultStandardRate",
  "DefaultOvertimeRate",
  "DurationFormat",
  "WorkFormat",
  "HonorConstraints",
  "MultipleCriticalPaths",
  "NewTasksEffortDriven",
  "NewTasksEstimated",
  "SplitsInProgressTasks",
  "FiscalYearStart",
  "FYStartDate",
  "WeekStartDay",
  "MoveCompletedEndsBack",
  "MoveRemainingStartsBack",
  "MoveRemainingStartsForward",
  "MoveCompletedEndsForward",
  "StatusDate",
  "CurrentDate",
  "NewTaskStartDate",
  "NewTasksAreManual",
]);
const SETTING_NAMES: ReadonlySet<string> = new Set(Object.keys(FIELD));

/** Record elements and the container each lives in under <Project>. */
const RECORD_PARENTS: Record<string, string> = {
  Calendar: "Calendars",
  Task: "Tasks",
  Resource: "Resources",
  Assignment: "Assignments",
  ExtendedAttribute: "ExtendedAttributes",
};

const TASK_TYPES = codeTable<TaskType>([
  [0, "fixedUnits"],
  [1, "fixedDuration"],
  [2, "fixedWork"],
]);
const SYMBOL_POSITIONS = codeTable<CurrencySymbolPosition>([
  [0, "before"],
  [1, "after"],
  [2, "beforeWithSpace"],
  [3, "afterWithSpace"],
]);
const NEW_TASK_STARTS = codeTable<NewTaskStart>([
  [0, "projectStart"],
  [1, "currentDate"],
]);
const DAYS_OF_WEEK = codeTable<DayOfWeek>([
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
  [6, 6],
]);

/**
 * Reads MSPDI text. `file` names the file in error messages. Never throws for bad input: a file
 * that is not well-formed, not MSPDI, or has an unreadable value gives `{ ok: false, error }`
 * saying where.
 */
export function readMspdi(xml: string, file: string): ProjectReadResult {
  const calendars: CalendarDefinition[] = [];
  const tasks: TaskRecord[] = [];
  const links: TaskLink[] = [];
  const resources: ResourceRecord[] = [];
  const assignments: AssignmentRecord[] = [];
  const extendedAttributes: ExtendedAttributeDefinition[] = [];
  let rootSeen = false;
  let source: MspdiSource | undefined;
  try {
    const table = scanXml(xml, {
      roleOf(path) {
        const name = path[path.length - 1] ?? "";
        if (path.length === 1) {
          if (name !== "Project")
            throw notMspdi(file, `the root element is <${name}>, not <Project>`);
          rootSeen = true;
          return "keep";
        }
        // Settings are the leaves of <Project>; anything inside one stays with it.
        if (SETTING_NAMES.has(path[1] ?? "")) return "keep";
        return path.length === 3 && RECORD_PARENTS[name] === path[1] ? "record" : "skip";
      },
      onRecord(table, row) {
        source ??= { table, file };
        switch (table.name(row)) {
          case "Calendar":
            calendars.push(readMspdiCalendar(source, row));
            break;
          case "Task": {
            const read = readMspdiTask(source, row);
            tasks.push(read.task);
            for (const link of read.links) links.push(link);
            break;
          }
          case "Resource":
            resources.push(readMspdiResource(source, row));
            break;
          case "Assignment":
            assignments.push(readMspdiAssignment(source, row));
            break;
          case "ExtendedAttribute":
            extendedAttributes.push(readMspdiExtendedAttributeDefinition(source, row));
            break;
        }
      },
    });
    if (!rootSeen) throw notMspdi(file, "there is no <Project> element");
    dropMissingBaseZero(calendars);
    // <Project> is the first element recorded, and the settings are its kept children.
    const settings = readSettings(new MspdiFields({ table, file }, 0, "Project"), tasks);
    return {
      ok: true,
      document: { settings, calendars, tasks, links, resources, assignments, extendedAttributes },
    };
  } catch (error) {
    if (error instanceof ProjectFileError) return { ok: false, error };
    if (error instanceof XmlSyntaxError) {
      return {
        ok: false,
        error: new ProjectFileError(
          "malformed",
          `not well-formed XML: ${error.message}`,
          { file, line: lineAt(xml, error.offset) },
          undefined,
          { cause: error },
        ),
      };
    }
    throw error;
  }
}

function notMspdi(file: string, why: string): ProjectFileError {
  return new ProjectFileError("malformed", `not an MS Project XML file: ${why}`, {
    file,
    line: 1,
  });
}

function readSettings(project: MspdiFields, tasks: readonly TaskRecord[]): ProjectSettings {
  const startDate = project.dateTime(FIELD.StartDate) ?? earliestTaskStart(tasks);
  if (startDate === undefined) throw project.error("missing-field", FIELD.StartDate, "is required");
  const calendarUid = project.int(FIELD.CalendarUID);
  const defaultStart = readTimeOfDay(project, FIELD.DefaultStartTime, false) ?? 480;
  const defaultFinish = readTimeOfDay(project, FIELD.DefaultFinishTime, true) ?? 1020;
  const moves = [
    FIELD.MoveCompletedEndsBack,
    FIELD.MoveRemainingStartsBack,
    FIELD.MoveRemainingStartsForward,
    FIELD.MoveCompletedEndsForward,
  ];
  const hasMoves = moves.some((name) => project.text(name) !== undefined);
  return {
    source: {
      format: "mspdi",
      saveVersion: project.int(FIELD.SaveVersion),
      buildNumber: project.text(FIELD.BuildNumber),
    },
    name: project.text(FIELD.Name),
    title: project.text(FIELD.Title),
    author: project.text(FIELD.Author),
    company: project.text(FIELD.Company),
    manager: project.text(FIELD.Manager),
    subject: project.text(FIELD.Subject),
    guid: project.text(FIELD.GUID),
    creationDate: project.dateTime(FIELD.CreationDate),
    lastSaved: project.dateTime(FIELD.LastSaved),
    startDate,
    finishDate: project.dateTime(FIELD.FinishDate),
    scheduleFrom: project.bool(FIELD.ScheduleFromStart) === false ? "finish" : "start",
    statusDate: project.dateTime(FIELD.StatusDate),
    currentDate: project.dateTime(FIELD.CurrentDate),
    defaultCalendarUid:
      calendarUid !== undefined && calendarUid >= 0 ? toCalendarUid(calendarUid) : undefined,
    minutesPerDay: project.number(FIELD.MinutesPerDay) ?? 480,
    minutesPerWeek: project.number(FIELD.MinutesPerWeek) ?? 2400,
    daysPerMonth: project.number(FIELD.DaysPerMonth) ?? 20,
    criticalSlackLimitDays: project.number(FIELD.CriticalSlackLimit) ?? 0,
    honorConstraints: project.bool(FIELD.HonorConstraints) ?? true,
    multipleCriticalPaths: project.bool(FIELD.MultipleCriticalPaths) ?? false,
    newTasksManual: project.bool(FIELD.NewTasksAreManual) ?? false,
    newTasksEstimated: project.bool(FIELD.NewTasksEstimated),
    newTasksEffortDriven: project.bool(FIELD.NewTasksEffortDriven),
    newTaskStart: project.code(FIELD.NewTaskStartDate, NEW_TASK_STARTS),
    defaultTaskType: project.code(FIELD.DefaultTaskType, TASK_TYPES),
    defaultStartMinuteOfDay: defaultStart,
    defaultFinishMinuteOfDay: defaultFinish,
    durationFormat: project.durationFormat(FIELD.DurationFormat),
    workFormat: readWorkFormat(project),
    // MSPDI WeekStartDay: 0 = Sunday … 6 = Saturday; MS Project's default is Monday.
    weekStartDay: project.code(FIELD.WeekStartDay, DAYS_OF_WEEK) ?? 1,
    fiscalYearStartMonth: project.int(FIELD.FYStartDate),
    splitsInProgressTasks: project.bool(FIELD.SplitsInProgressTasks),
    statusDateMoves: hasMoves
      ? {
          moveCompletedEndsBack: project.bool(FIELD.MoveCompletedEndsBack) ?? false,
          moveRemainingStartsBack: project.bool(FIELD.MoveRemainingStartsBack) ?? false,
          moveRemainingStartsForward: project.bool(FIELD.MoveRemainingStartsForward) ?? false,
          moveCompletedEndsForward: project.bool(FIELD.MoveCompletedEndsForward) ?? false,
        }
      : undefined,
    currencyCode: project.text(FIELD.CurrencyCode),
    currencySymbol: project.text(FIELD.CurrencySymbol),
    currencyDigits: project.int(FIELD.CurrencyDigits),
    currencySymbolPosition: project.code(FIELD.CurrencySymbolPosition, SYMBOL_POSITIONS),
    defaultStandardRatePerHour: project.number(FIELD.DefaultStandardRate),
    defaultOvertimeRatePerHour: project.number(FIELD.DefaultOvertimeRate),
  };
}

function readWorkFormat(project: MspdiFields): DurationFormat | undefined {
  const code = project.int(FIELD.WorkFormat);
  if (code === undefined) return undefined;
  const format = parseMspdiWorkFormat(code);
  if (format === undefined)
    throw project.error("invalid-value", FIELD.WorkFormat, `${code} is not a work format (1–5)`);
  return format;
}

function readTimeOfDay(
  project: MspdiFields,
  field: MspdiField,
  isEnd: boolean,
): number | undefined {
  const text = project.text(field);
  if (text === undefined) return undefined;
  const minutes = parseMspdiTimeOfDay(text, isEnd);
  if (minutes === undefined)
    throw project.error("invalid-value", field, `"${text}" is not a time of day`);
  return minutes;
}

/** A file without StartDate still has tasks with starts; MS Project takes the earliest. */
function earliestTaskStart(tasks: readonly TaskRecord[]): LocalDateTime | undefined {
  let earliest: LocalDateTime | undefined;
  for (const task of tasks) {
    if (task.start !== undefined && (earliest === undefined || task.start < earliest))
      earliest = task.start;
  }
  return earliest === undefined ? undefined : parseLocalDateTime(earliest);
}
